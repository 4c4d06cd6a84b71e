import { presenterApi } from '@common/api'
import { createPresenterTexts } from '@common/i18n/presenter-i18n'
import { mountWindow } from '@common/mount-window'
import PresenterApp from './PresenterApp.vue'
import { PRESENTER_CHUNKS } from './shell/section-panels'

void mountWindow(PresenterApp, presenterApi, createPresenterTexts, PRESENTER_CHUNKS)
