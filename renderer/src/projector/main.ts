import { projectorApi } from '@common/api'
import { mountWindow } from '@common/mount-window'
import ProjectorApp from './ProjectorApp.vue'

void mountWindow(ProjectorApp, projectorApi)
