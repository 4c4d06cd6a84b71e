import { projectorApi } from '@common/api'
import { createBeamerI18n } from '@common/i18n/beamer-i18n'
import { mountWindow } from '@common/mount-window'
import ProjectorApp from './ProjectorApp.vue'

void mountWindow(ProjectorApp, projectorApi, createBeamerI18n)
