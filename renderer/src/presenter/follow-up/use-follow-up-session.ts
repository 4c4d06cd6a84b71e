import { presenterApi } from '@common/api'
import { useSessionStore } from '@common/session/session-store'
import type { FollowUpSaveResult, ReportFailureReason, SavedFollowUpFile } from '@contract'
import type { Session } from '@core/session/schema'
import { computed, reactive, ref } from 'vue'

/** Teams that meet again mostly do so a few weeks on; the facilitator changes it at will. */
const WEEKS_UNTIL_NEXT = 4

const iso = (day: Date) => day.toISOString().slice(0, 10)

/**
 * At least four weeks after the session and after today (a date the calendar has, never one in
 * the past), on the session's own weekday: teams tend to meet on a fixed day.
 */
export function suggestedDate(sessionDate: string, today: Date): string {
  const todayIso = iso(new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())))
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(sessionDate) && !Number.isNaN(Date.parse(sessionDate))
  const from = dated && sessionDate > todayIso ? sessionDate : todayIso
  const day = new Date(`${from}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + WEEKS_UNTIL_NEXT * 7)
  if (dated) {
    const weekday = new Date(`${sessionDate}T00:00:00Z`).getUTCDay()
    while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1)
  }
  return iso(day)
}

/** What goes along into the next session, as the card counts it before anything is made. */
export function carriedOver(session: Session): { dilemmas: number; followUps: number } {
  return {
    dilemmas: session.dilemmas.filter((dilemma) => dilemma.status !== 'discussed').length,
    followUps: session.harvest.followUps.filter((item) => item.what.trim() !== '').length,
  }
}

export type FollowUpOutcome =
  | {
      readonly kind: 'saved'
      readonly where: 'shared' | 'fallback'
      readonly folder: string
      readonly files: readonly SavedFollowUpFile[]
      readonly reason: ReportFailureReason | null
    }
  | { readonly kind: 'write-failed'; readonly reason: ReportFailureReason }
  | { readonly kind: 'invalid-date' }
  | { readonly kind: 'unexpected' }

export function followUpOutcome(result: FollowUpSaveResult): FollowUpOutcome {
  if (result.ok) {
    const { where, folder, files, reason } = result
    return { kind: 'saved', where, folder, files, reason }
  }
  return result.reason === 'write-failed'
    ? { kind: 'write-failed', reason: result.detail }
    : { kind: 'invalid-date' }
}

/**
 * "Vervolgsessie voorbereiden": the plan being filled in is this window's own; main makes and
 * writes the files from the session it holds.
 */
export function useFollowUpSession() {
  const store = useSessionStore()
  const plan = reactive({ date: '', startTime: '', location: '', includeOwners: false })
  const open = ref(false)
  const busy = ref(false)
  const outcome = ref<FollowUpOutcome | null>(null)
  const counts = computed(() =>
    store.session ? carriedOver(store.session) : { dilemmas: 0, followUps: 0 },
  )
  const complete = computed(() => plan.date !== '' && plan.startTime !== '')

  function start(): void {
    const setup = store.session?.setup
    plan.date = suggestedDate(setup?.date ?? '', new Date())
    plan.startTime = setup?.startTime || '09:30'
    plan.location = setup?.location ?? ''
    outcome.value = null
    open.value = true
  }

  async function save(): Promise<void> {
    if (busy.value || !complete.value) return
    busy.value = true
    outcome.value = null
    try {
      outcome.value = followUpOutcome(await presenterApi().saveFollowUpSession({ ...plan }))
      if (outcome.value.kind === 'saved') open.value = false
    } catch {
      outcome.value = { kind: 'unexpected' }
    } finally {
      busy.value = false
    }
  }

  return {
    plan,
    open,
    busy,
    outcome,
    counts,
    complete,
    start,
    cancel: () => (open.value = false),
    save,
    openFolder: (where: 'shared' | 'fallback') => void presenterApi().openReportFolder(where),
  }
}
