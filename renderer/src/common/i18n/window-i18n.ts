import { createI18n } from 'vue-i18n'

export type Locale = 'nl' | 'en'

/** One window's texts in both languages; the session's language picks one at a time. */
export interface WindowMessages<Schema extends object> {
  readonly nl: Schema
  readonly en: Schema
}

/**
 * vue-i18n for one window with the texts that window shows. Kept apart from the texts
 * themselves, so the beamer's page loads only its own (see beamer-i18n.ts).
 */
export function createWindowI18n<Schema extends object>(
  messages: WindowMessages<Schema>,
  locale: Locale = 'nl',
) {
  return createI18n<[Schema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'nl',
    messages: { nl: messages.nl, en: messages.en },
  })
}

export type WindowI18n = ReturnType<typeof createWindowI18n<object>>
