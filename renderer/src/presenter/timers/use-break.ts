import { useSessionStore } from '@common/session/session-store'
import { formatClockTime, nextCountdownChange } from '@common/timers/timer-display'
import { useMainNow } from '@common/timers/use-now'
import { formatCountdown } from '@core/timers/timer-math'
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { parseWholeMinutes } from './use-timer-settings'

const MINUTE = 60_000
/** What `timer/start-break` accepts. */
export const BREAK_MINUTES = { min: 1, max: 120 } as const
export const DEFAULT_BREAK_MINUTES = 15

/** A break length as typed, or null unless it is a whole number of minutes main accepts. */
export const parseBreakMinutes = (raw: string | number) => parseWholeMinutes(raw, BREAK_MINUTES)

/**
 * Whole minutes from `now` until the clock time "14:35" (local time), rounded up so the break
 * ends in the minute the facilitator typed. A time that has passed today means tomorrow, which is
 * too far: only breaks main accepts (up to two hours) give a number, anything else null.
 */
export function minutesUntil(clockTime: string, now: number): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(clockTime.trim())
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return null
  const target = new Date(now)
  target.setHours(hours, minutes, 0, 0)
  let until = target.getTime() - now
  if (until <= 0) until += 24 * 60 * MINUTE
  return parseBreakMinutes(Math.ceil(until / MINUTE))
}

/** The break control: start for N minutes or until a time, show until when, end it. */
export function useBreak() {
  const store = useSessionStore()
  const { locale } = useI18n()
  const endsAt = computed(() => store.session?.timers.breakEndsAt ?? null)
  const now = useMainNow((at) =>
    endsAt.value === null ? null : nextCountdownChange(endsAt.value, at),
  )

  const minutesDraft = ref<string | number>(DEFAULT_BREAK_MINUTES)
  const untilDraft = ref('')
  const minutesInvalid = ref(false)
  const untilInvalid = ref(false)

  const running = computed(() => endsAt.value !== null)
  const endsAtText = computed(() =>
    endsAt.value === null ? '' : formatClockTime(endsAt.value, locale.value),
  )
  const remainingMs = computed(() => (endsAt.value === null ? 0 : endsAt.value - now.value))
  const countdown = computed(() => formatCountdown(Math.max(0, remainingMs.value)))
  const over = computed(() => running.value && remainingMs.value <= 0)

  const start = async (minutes: number) =>
    (await store.dispatch({ type: 'timer/start-break', minutes }))?.ok === true

  async function startForMinutes(): Promise<boolean> {
    const minutes = parseBreakMinutes(minutesDraft.value)
    minutesInvalid.value = minutes === null
    return minutes === null ? false : start(minutes)
  }

  async function startUntil(): Promise<boolean> {
    const minutes = minutesUntil(untilDraft.value, store.mainNow())
    untilInvalid.value = minutes === null
    return minutes === null ? false : start(minutes)
  }

  const end = async () => (await store.dispatch({ type: 'timer/end-break' }))?.ok === true

  return {
    running,
    over,
    endsAtText,
    countdown,
    minutesDraft,
    untilDraft,
    minutesInvalid,
    untilInvalid,
    startForMinutes,
    startUntil,
    end,
  }
}
