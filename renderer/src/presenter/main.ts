import { presenterApi } from '@common/api'
import { createAppI18n } from '@common/i18n'
import { mountWindow } from '@common/mount-window'
import PresenterApp from './PresenterApp.vue'

void mountWindow(PresenterApp, presenterApi, createAppI18n)
