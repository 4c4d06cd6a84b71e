import en from './en'
import nl from './nl'
import { createWindowI18n, type Locale } from './window-i18n'

export type { Locale } from './window-i18n'
export type MessageSchema = typeof nl

/** Every text of the app: the presenter's window (and the component tests) use these. */
export function createAppI18n(locale: Locale = 'nl') {
  return createWindowI18n<MessageSchema>({ nl, en }, locale)
}
