import { useSessionStore } from '@common/session/session-store'
import { formatClockTime, formatTimeOfDay, intlLocale } from '@common/timers/timer-display'
import { useMainNow } from '@common/timers/use-now'
import { LIMITS } from '@core/session/schema'
import { paceForecast, type PaceForecast } from '@core/timers/pace-forecast'
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'

const MINUTE = 60_000

/** What the round-shortening button does, or why it cannot. */
export type ShortenAction =
  | { readonly kind: 'shorten'; readonly from: number; readonly to: number; readonly fits: boolean }
  | { readonly kind: 'done'; readonly minutes: number }
  | { readonly kind: 'shortest'; readonly minutes: number }

export interface FollowUpAction {
  readonly titles: string
  readonly count: number
  /** The follow-up's text, ready for `harvest/add-followup`. */
  readonly what: string
  /** A follow-up with this very text exists already: adding it again would only repeat it. */
  readonly done: boolean
}

/**
 * The pace forecast of the casework for the presenter: the core's numbers at main's time, which
 * moves once a minute (no IPC per tick), plus the two ways out when late.
 */
export function usePaceForecast() {
  const store = useSessionStore()
  const { t, locale } = useI18n()
  /** The round length this window shortened from, while the setting still holds what it set. */
  const shortened = ref<{ readonly from: number; readonly to: number } | null>(null)

  const now = useMainNow((at) => {
    const session = store.session
    return session && paceForecast(session, at) ? MINUTE - (at % MINUTE) : null
  })

  const roundMinutes = computed(() => store.session?.timerSettings.roundMinutes ?? 0)
  const baseline = computed(() =>
    shortened.value?.to === roundMinutes.value ? shortened.value.from : roundMinutes.value,
  )

  const forecast = computed<PaceForecast | null>(() => {
    const session = store.session
    return session ? paceForecast(session, now.value, { roundMinutes: baseline.value }) : null
  })

  /** "15.10" in Dutch running text (before "uur"), "15:10" in English. */
  const clock = (epoch: number) =>
    formatTimeOfDay(formatClockTime(epoch, locale.value), locale.value)

  const shorten = computed<ShortenAction | null>(() => {
    const rounds = forecast.value?.rounds
    if (!rounds) return null
    const current = roundMinutes.value
    if (rounds.suggestedMinutes < current)
      return { kind: 'shorten', from: current, to: rounds.suggestedMinutes, fits: rounds.makesFit }
    return shortened.value?.to === current
      ? { kind: 'done', minutes: current }
      : { kind: 'shortest', minutes: current }
  })

  const followUp = computed<FollowUpAction | null>(() => {
    const session = store.session
    const left = forecast.value?.verdict === 'late' ? forecast.value.leftOverIds : []
    if (!session || left.length === 0) return null
    const names = left.map((id) => session.dilemmas.find((d) => d.id === id)?.title ?? '')
    const titles = new Intl.ListFormat(intlLocale(locale.value), { type: 'conjunction' }).format(
      names.map((name) => `‘${name}’`),
    )
    const text = t('timers.pace.followUpWhat', { titles })
    const what = text.length > LIMITS.longText ? `${text.slice(0, LIMITS.longText - 1)}…` : text
    const done = session.harvest.followUps.some((f) => f.what === what)
    return { titles, count: left.length, what, done }
  })

  async function applyShorten(): Promise<void> {
    const action = shorten.value
    if (action?.kind !== 'shorten') return
    // Taken before the new snapshot can arrive and move the baseline along.
    const from = baseline.value
    const result = await store.dispatch({ type: 'timer/settings', roundMinutes: action.to })
    if (result?.ok) shortened.value = { from, to: action.to }
  }

  async function applyFollowUp(): Promise<void> {
    const action = followUp.value
    if (!action || action.done) return
    await store.dispatch({ type: 'harvest/add-followup', what: action.what })
  }

  return { forecast, clock, shorten, followUp, applyShorten, applyFollowUp }
}
