import { createI18n } from 'vue-i18n'

export type Locale = 'nl' | 'en'

/** One window's texts in both languages, both loaded: the component tests use these. */
export interface WindowMessages<Schema extends object> {
  readonly nl: Schema
  readonly en: Schema
}

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

/**
 * A window's texts as the window loads them: Dutch at start, English only once a session asks
 * for it. Kept apart from the texts themselves, so the beamer's page loads only its own.
 */
export function createLazyWindowI18n<Schema extends object>(
  nl: Schema,
  loadEnglish: () => Promise<{ default: Schema }>,
) {
  // Typed as both languages; English is set before any switch to it (useLocale below).
  const messages: Partial<WindowMessages<Schema>> = { nl }
  const i18n = createI18n<[Schema], Locale, false>({
    legacy: false,
    locale: 'nl',
    fallbackLocale: 'nl',
    messages: messages as WindowMessages<Schema>,
  })
  let english: Promise<void> | null = null
  /** Switches to `locale`, loading its texts first when they are not in yet. */
  async function useLocale(locale: Locale): Promise<void> {
    if (locale === 'en') {
      english ??= loadEnglish().then(
        (texts) => i18n.global.setLocaleMessage('en', texts.default),
        (error: unknown) => {
          english = null
          throw error
        },
      )
      await english
    }
    i18n.global.locale.value = locale
  }
  return { i18n, useLocale }
}
