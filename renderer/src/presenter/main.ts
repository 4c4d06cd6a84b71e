import { presenterApi } from '@common/api'
import { mountWindow } from '@common/mount-window'
import PresenterApp from './PresenterApp.vue'

void mountWindow(PresenterApp, presenterApi)
