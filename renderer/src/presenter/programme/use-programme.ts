import { plannedProgrammeMinutes } from '@core/session/selectors'
import { useSessionStore } from '@common/session/session-store'
import { LIMITS, type Phase, type PhaseKind } from '@core/session/schema'
import { computed } from 'vue'
import { parseWholeMinutes } from '../timers/use-timer-settings'

/** How far the programme may run over or under the session's length before we mention it. */
export const PLANNED_SLACK_MINUTES = 10

export type PlannedBalance = 'fits' | 'over' | 'under'

export interface PhaseChanges {
  readonly kind?: PhaseKind
  readonly title?: string
  readonly plannedMinutes?: number
  readonly notes?: string
}

/** Whole minutes a phase actually took, once it has been started and left; otherwise null. */
export function actualMinutes(phase: Phase): number | null {
  if (phase.startedAt === null || phase.endedAt === null) return null
  return Math.max(0, Math.round((phase.endedAt - phase.startedAt) / 60_000))
}

/**
 * A planned length as a number input gives it (Vue's v-model turns it into a number when it can),
 * or null when it is no whole number of minutes from 0 to the limit.
 */
export const parseMinutes = (raw: string | number) =>
  parseWholeMinutes(raw, { min: 0, max: LIMITS.phaseMinutes })

/**
 * The programme as the rail and the editor see it: derived positions and totals, and one named
 * action per command. Every action resolves to whether main accepted it.
 */
export function useProgramme() {
  const store = useSessionStore()
  const succeeded = async (result: Promise<{ ok: boolean } | null>) => (await result)?.ok === true

  const phases = computed(() => store.session?.phases ?? [])
  const currentId = computed(() => store.session?.currentPhaseId ?? null)
  const currentIndex = computed(() => phases.value.findIndex((p) => p.id === currentId.value))
  const currentPhase = computed(() => phases.value[currentIndex.value] ?? null)
  const started = computed(() => currentPhase.value !== null)
  const nextPhase = computed(() =>
    started.value ? (phases.value[currentIndex.value + 1] ?? null) : (phases.value[0] ?? null),
  )
  const previousPhase = computed(() =>
    currentIndex.value > 0 ? (phases.value[currentIndex.value - 1] ?? null) : null,
  )
  const plannedTotal = computed(() => (store.session ? plannedProgrammeMinutes(store.session) : 0))
  const sessionMinutes = computed(() => store.session?.setup.plannedMinutes ?? 0)
  /** Positive when the programme is longer than the session. */
  const plannedDifference = computed(() => plannedTotal.value - sessionMinutes.value)
  const plannedBalance = computed((): PlannedBalance => {
    if (plannedDifference.value > PLANNED_SLACK_MINUTES) return 'over'
    if (plannedDifference.value < -PLANNED_SLACK_MINUTES) return 'under'
    return 'fits'
  })
  const atLimit = computed(() => phases.value.length >= LIMITS.phases)
  /** The last phase has been closed with "finish": the programme is done. */
  const finished = computed(
    () =>
      currentPhase.value !== null &&
      nextPhase.value === null &&
      currentPhase.value.endedAt !== null,
  )

  return {
    phases,
    currentId,
    currentIndex,
    currentPhase,
    started,
    nextPhase,
    previousPhase,
    plannedTotal,
    sessionMinutes,
    plannedDifference,
    plannedBalance,
    atLimit,
    finished,
    finish: () => succeeded(store.dispatch({ type: 'phase/finish' })),
    goTo: (id: string | null) => succeeded(store.dispatch({ type: 'phase/go', id })),
    start: () => {
      const first = phases.value[0]
      return first ? succeeded(store.dispatch({ type: 'phase/go', id: first.id })) : false
    },
    next: () => succeeded(store.dispatch({ type: 'phase/next' })),
    previous: () => succeeded(store.dispatch({ type: 'phase/previous' })),
    add: (kind: PhaseKind, title: string, plannedMinutes: number, index?: number) =>
      succeeded(
        store.dispatch({
          type: 'phase/add',
          kind,
          title,
          plannedMinutes,
          ...(index === undefined ? {} : { index }),
        }),
      ),
    edit: (id: string, changes: PhaseChanges) =>
      succeeded(store.dispatch({ type: 'phase/edit', id, ...changes })),
    remove: (id: string) => succeeded(store.dispatch({ type: 'phase/remove', id })),
    move: (id: string, toIndex: number) =>
      succeeded(store.dispatch({ type: 'phase/move', id, toIndex: Math.max(0, toIndex) })),
  }
}

export type Programme = ReturnType<typeof useProgramme>
