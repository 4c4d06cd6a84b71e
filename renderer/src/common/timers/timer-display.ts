import type { TimerState } from '@core/session/schema'
import {
  displaySeconds,
  formatCountdown,
  msUntilNextSecond,
  readTimer,
  type TimerReading,
} from '@core/timers/timer-math'

const MINUTE = 60_000

export type ShownMood = 'normal' | 'warning' | 'overtime'

/** What a window shows for one timer at one moment: all derived, nothing kept. */
export interface TimerView {
  readonly reading: TimerReading
  /** "04:12", or "+00:35" in overtime. */
  readonly text: string
  readonly mood: ShownMood
  /** Whole minutes still to go as the words say them ("nog 2 min"); 0 once time is up. */
  readonly minutesLeft: number
}

/**
 * The mood as the display shows it. The countdown reads 00:00 from the instant no time remains,
 * so "time is up" starts then too, not one second later; an idle timer is never in a mood.
 */
export function shownMood(reading: TimerReading): ShownMood {
  if (reading.phase === 'idle') return 'normal'
  if (reading.remainingMs <= 0) return 'overtime'
  return reading.mood
}

export function viewTimer(timer: TimerState, now: number, warningMinutes: number): TimerView {
  const reading = readTimer(timer, now, warningMinutes * MINUTE)
  const seconds = reading.remainingMs > 0 ? displaySeconds(reading.remainingMs) : 0
  return {
    reading,
    text: formatCountdown(reading.remainingMs),
    mood: shownMood(reading),
    minutesLeft: Math.ceil(seconds / 60),
  }
}

/** When a running timer next changes what it shows; null while it stands still. */
export function nextTimerChange(timer: TimerState, now: number): number | null {
  if (timer.startedAt === null) return null
  return msUntilNextSecond(readTimer(timer, now, 0).remainingMs)
}

/** When a countdown to `endsAt` next changes; null once it has passed (it then stays put). */
export function nextCountdownChange(endsAt: number, now: number): number | null {
  const remaining = endsAt - now
  return remaining > 0 ? msUntilNextSecond(remaining) : null
}

export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'nl-NL'
}

// One formatter per language: building one costs far more than formatting with it, and the
// windows format clock times on every snapshot.
const clockFormats = new Map<string, Intl.DateTimeFormat>()

/** A clock time, "14:35", in the conventions of the session's language. */
export function formatClockTime(epoch: number, locale: string): string {
  const tag = intlLocale(locale)
  let format = clockFormats.get(tag)
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' })
    clockFormats.set(tag, format)
  }
  return format.format(epoch)
}

/**
 * A time of day as the set-up holds it ("13:30"), written in running text before "uur": Dutch
 * government style writes "13.30 uur"; English keeps "13:30". Anything else stays as it is.
 */
export function formatTimeOfDay(hhmm: string, locale: string): string {
  return locale === 'en' ? hhmm : hhmm.replace(/^(\d{1,2}):(\d{2})$/, '$1.$2')
}
