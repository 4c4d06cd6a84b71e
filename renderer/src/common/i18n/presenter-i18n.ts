import nl from './nl'
import { createLazyWindowI18n } from './window-i18n'

/** Every text of the app, English loaded once a session is in English. */
export const createPresenterTexts = () => createLazyWindowI18n<typeof nl>(nl, () => import('./en'))
