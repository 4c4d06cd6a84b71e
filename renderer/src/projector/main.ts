import { projectorApi } from '@common/api'
import { createBeamerTexts } from '@common/i18n/beamer-i18n'
import { mountWindow } from '@common/mount-window'
import ProjectorApp from './ProjectorApp.vue'

void mountWindow(ProjectorApp, projectorApi, createBeamerTexts)
