import nl from './nl/beamer'
import { createLazyWindowI18n } from './window-i18n'

export type BeamerMessageSchema = typeof nl

/** Only what the beamer says: the projector window does not load the presenter's texts. */
export const createBeamerTexts = () =>
  createLazyWindowI18n<BeamerMessageSchema>(nl, () => import('./en/beamer'))
