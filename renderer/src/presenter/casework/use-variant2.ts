import { useSessionStore } from '@common/session/session-store'
import type { CaseTextField, Dilemma, Participant, Principle, Session } from '@core/session/schema'
import { principleById } from '@core/session/selectors'
import { currentRound, spokenParticipantIds } from '@core/session/speakers'
import { computed, type ComputedRef } from 'vue'

export const SPEAKER_COUNT = 4

/** One place on the floor in the current round. */
export interface SlotView {
  readonly slot: number
  readonly principle: Principle | null
  readonly speakerId: string | null
}

/** An earlier round: who stood on which principle. */
export interface RoundEntry {
  readonly number: number
  readonly places: readonly { principle: Principle; speaker: Participant | null }[]
}

/** A fresh seed for a fair, replayable pick of speakers. */
export function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0
}

/**
 * Who spoke in a variant-2 round of another dilemma. The rounds of this dilemma do not count:
 * after a rotation the same four are still "new" for this dilemma, and the label should help
 * choose four new people for the next one.
 */
export function spokenBefore(session: Session, dilemma: Dilemma): Set<string> {
  const others = session.dilemmas.filter((d) => d.id !== dilemma.id)
  return spokenParticipantIds({ ...session, dilemmas: others })
}

/** Everything the variant-2 panel reads and does for one dilemma. */
export function useVariant2(dilemma: () => Dilemma) {
  const store = useSessionStore()
  const session: ComputedRef<Session | null> = computed(() => store.session)

  const principles = computed(() => session.value?.principles ?? [])
  const chosenIds = computed(() => dilemma().variant2.principleIds)
  const participants = computed(() => session.value?.participants ?? [])
  const present = computed(() => participants.value.filter((p) => p.present))
  const round = computed(() => currentRound(dilemma()))
  const roundNumber = computed(() => dilemma().variant2.rounds.length)
  const spoken = computed(() =>
    session.value ? spokenBefore(session.value, dilemma()) : new Set<string>(),
  )

  const principleFor = (id: string | undefined): Principle | null =>
    (id !== undefined && session.value ? principleById(session.value, id) : undefined) ?? null
  const participantFor = (id: string | null): Participant | null =>
    participants.value.find((p) => p.id === id) ?? null

  const slots = computed<SlotView[]>(() =>
    Array.from({ length: SPEAKER_COUNT }, (_, slot) => ({
      slot,
      principle: principleFor(chosenIds.value[slot]),
      speakerId: round.value.speakers[slot] ?? null,
    })),
  )

  /** Present participants who are not on the floor this round. */
  const observers = computed(() => {
    const speaking = new Set(round.value.speakers)
    return present.value.filter((p) => !speaking.has(p.id))
  })

  const history = computed<RoundEntry[]>(() =>
    dilemma()
      .variant2.rounds.slice(0, -1)
      .map((r, index) => ({
        number: index + 1,
        places: chosenIds.value.flatMap((id, slot) => {
          const principle = principleFor(id)
          return principle ? [{ principle, speaker: participantFor(r.speakers[slot] ?? null) }] : []
        }),
      })),
  )

  const roundIsEmpty = computed(() => round.value.speakers.every((id) => id === null))
  const canChooseMore = computed(() => chosenIds.value.length < SPEAKER_COUNT)
  const canRotate = computed(() => chosenIds.value.length >= 2)
  const succeeded = async (result: Promise<{ ok: boolean } | null>) => (await result)?.ok === true

  function togglePrinciple(principleId: string): Promise<boolean> {
    const ids = chosenIds.value
    const next = ids.includes(principleId)
      ? ids.filter((id) => id !== principleId)
      : [...ids, principleId]
    if (next.length > SPEAKER_COUNT) return Promise.resolve(false)
    return succeeded(
      store.dispatch({ type: 'v2/set-principles', dilemmaId: dilemma().id, principleIds: next }),
    )
  }

  return {
    principles,
    chosenIds,
    present,
    spoken,
    round,
    roundNumber,
    slots,
    observers,
    history,
    roundIsEmpty,
    canChooseMore,
    canRotate,
    participantFor,
    togglePrinciple,
    assign: (slot: number, participantId: string | null) =>
      succeeded(
        store.dispatch({ type: 'v2/assign', dilemmaId: dilemma().id, slot, participantId }),
      ),
    pickSpeakers: (seed: number = freshSeed()) =>
      succeeded(store.dispatch({ type: 'v2/pick-speakers', dilemmaId: dilemma().id, seed })),
    rotate: () => succeeded(store.dispatch({ type: 'v2/rotate', dilemmaId: dilemma().id })),
    setText: (field: CaseTextField, text: string) =>
      succeeded(store.dispatch({ type: 'dilemma/set-text', id: dilemma().id, field, text })),
  }
}
