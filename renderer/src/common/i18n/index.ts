import { createI18n } from 'vue-i18n'
import en from './en'
import nl from './nl'

export type MessageSchema = typeof nl
export type Locale = 'nl' | 'en'

export function createAppI18n(locale: Locale = 'nl') {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'nl',
    messages: { nl, en },
  })
}
