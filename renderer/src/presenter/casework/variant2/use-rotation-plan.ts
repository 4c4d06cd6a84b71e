import { useSessionStore } from '@common/session/session-store'
import { rotationPlan } from '@core/session/rotation-plan'
import type { Dilemma, Participant, Principle, Round } from '@core/session/schema'
import { principleById } from '@core/session/selectors'
import { computed } from 'vue'

export type PlanRowKind = 'held' | 'current' | 'planned'

/** One round of the schedule: who stands on each chosen principle. */
export interface PlanRow {
  /** From 1, as the room counts. */
  readonly number: number
  readonly kind: PlanRowKind
  /** Per column, in the order of `columns`. */
  readonly speakers: readonly (Participant | null)[]
}

/**
 * Where the schedule stands: too few principles to rotate, nobody on a principle yet, rounds
 * still to come, or everyone has stood everywhere.
 */
export type PlanState = 'few-principles' | 'no-speakers' | 'to-go' | 'done'

/** The "Wisselschema": the rounds held so far and the rounds still to come. */
export function useRotationPlan(dilemma: () => Dilemma) {
  const store = useSessionStore()

  const columns = computed<{ slot: number; principle: Principle }[]>(() => {
    const session = store.session
    if (!session) return []
    return dilemma().variant2.principleIds.flatMap((id, slot) => {
      const principle = principleById(session, id)
      return principle ? [{ slot, principle }] : []
    })
  })

  const plan = computed(() => rotationPlan(dilemma()))

  const rows = computed<PlanRow[]>(() => {
    const people = store.session?.participants ?? []
    const held = dilemma().variant2.rounds
    const rowOf = (round: Round, index: number, kind: PlanRowKind): PlanRow => ({
      number: index + 1,
      kind,
      speakers: columns.value.map(({ slot }) => {
        const id = round.speakers[slot] ?? null
        return people.find((p) => p.id === id) ?? null
      }),
    })
    return [
      ...held.map((round, index) =>
        rowOf(round, index, index === held.length - 1 ? 'current' : 'held'),
      ),
      ...plan.value.map((round, index) => rowOf(round, held.length + index, 'planned')),
    ]
  })

  const state = computed<PlanState>(() => {
    if (dilemma().variant2.principleIds.length < 2) return 'few-principles'
    const current = rows.value.find((row) => row.kind === 'current')
    if (!current || current.speakers.every((speaker) => speaker === null)) return 'no-speakers'
    return plan.value.length > 0 ? 'to-go' : 'done'
  })

  return { columns, rows, state, toGo: computed(() => plan.value.length) }
}
