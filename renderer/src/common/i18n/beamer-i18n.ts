import en from './en/beamer'
import nl from './nl/beamer'
import { createWindowI18n, type Locale } from './window-i18n'

export type BeamerMessageSchema = typeof nl

/** Only what the beamer says: the projector window does not load the presenter's texts. */
export function createBeamerI18n(locale: Locale = 'nl') {
  return createWindowI18n<BeamerMessageSchema>({ nl, en }, locale)
}
