import { useSessionStore } from '@common/session/session-store'
import { longDate } from '@common/long-date'
import { intlLocale } from '@common/timers/timer-display'
import { parseWholeMinutes } from '../timers/use-timer-settings'
import type { CommandInput } from '@core/commands/schema'
import type { Locale } from '@core/session/schema'
import { computed } from 'vue'

/** The fields of one 'setup/edit' command; any subset may be sent. */
export type SetupEdit = Omit<Extract<CommandInput, { type: 'setup/edit' }>, 'type'>

/** A message lookup, so the text builders stay pure and testable outside components. */
export type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

/** What the session schema accepts, and what the workshop description recommends (1.5–2.5 h). */
export const ALLOWED_MINUTES = { min: 60, max: 240 } as const
export const RECOMMENDED_MINUTES = { min: 90, max: 150 } as const

export type LengthAdvice = 'short' | 'long' | null

/** "donderdag 3 december 2026" for '2026-12-03'; what was typed when it is no date. */
export function formatLongDate(isoDate: string, locale: Locale): string {
  return longDate(isoDate, locale) || isoDate
}

/** A whole number of minutes the schema accepts, or null. */
export function parseMinutes(text: string): number | null {
  return parseWholeMinutes(text, ALLOWED_MINUTES)
}

export function lengthAdvice(minutes: number): LengthAdvice {
  if (minutes < RECOMMENDED_MINUTES.min) return 'short'
  if (minutes > RECOMMENDED_MINUTES.max) return 'long'
  return null
}

/** "2 uur", "1,5 uur", "1 uur en 45 min" (or the English equivalents). */
export function describeDuration(minutes: number, locale: Locale, translate: Translate): string {
  const rest = minutes % 60
  if (rest === 0 || rest === 30) {
    const hours = minutes / 60
    const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 })
    return translate('setup.length.hours', { hours: number.format(hours) }, hours)
  }
  return translate('setup.length.hoursAndMinutes', {
    hours: Math.floor(minutes / 60),
    minutes: rest,
  })
}

/** The session's set-up, and one way to change it: a 'setup/edit' command to main. */
export function useSetup() {
  const store = useSessionStore()
  const setup = computed(() => store.session?.setup ?? null)
  const locale = computed<Locale>(() => store.session?.locale ?? 'nl')

  async function edit(changes: SetupEdit): Promise<boolean> {
    const result = await store.dispatch({ type: 'setup/edit', ...changes })
    return result?.ok === true
  }

  return { setup, locale, edit }
}
