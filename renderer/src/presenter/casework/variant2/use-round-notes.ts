import { useSessionStore } from '@common/session/session-store'
import { roundNotesOf } from '@core/session/round-notes'
import type { Dilemma, Participant, Principle, SpeakerNote } from '@core/session/schema'
import { principleById } from '@core/session/selectors'
import { computed } from 'vue'

export type SpeakerNoteField = keyof SpeakerNote
export type RoundTextField = 'tops' | 'tips'

/** One speaker of a round, with what they said. */
export interface SpeakerNoteView {
  readonly participant: Participant
  /** The principle they stood on; null on a place without one. */
  readonly principle: Principle | null
  readonly note: SpeakerNote
  /** False for someone with notes who no longer stands in this round (swapped out later). */
  readonly inRound: boolean
}

const NO_NOTE: SpeakerNote = { good: '', hard: '' }

/**
 * The notes of one variant-2 round of one dilemma. The dilemma id and round are fixed for the
 * lifetime of the caller, so a draft flushed while its field goes away (another round viewed,
 * a rotation, another dilemma) still lands on the round it was typed for.
 */
export function useRoundNotes(dilemma: () => Dilemma, round: number) {
  const store = useSessionStore()
  const dilemmaId = dilemma().id
  const notes = computed(() => roundNotesOf(dilemma(), round))

  const speakers = computed<SpeakerNoteView[]>(() => {
    const session = store.session
    if (!session) return []
    const d = dilemma()
    const person = (id: string) => session.participants.find((p) => p.id === id)
    const placed = (d.variant2.rounds[round]?.speakers ?? []).flatMap((id, slot) => {
      const participant = id === null ? undefined : person(id)
      if (!participant) return []
      const principleId = d.variant2.principleIds[slot]
      const principle =
        principleId === undefined ? null : (principleById(session, principleId) ?? null)
      const note = notes.value.speakers[participant.id] ?? NO_NOTE
      return [{ participant, principle, note, inRound: true }]
    })
    const placedIds = new Set(placed.map((view) => view.participant.id))
    // Notes stay with a person who was swapped out afterwards; hiding them would hide report text.
    const left = Object.entries(notes.value.speakers).flatMap(([id, note]) => {
      const participant = person(id)
      if (!participant || placedIds.has(id) || (note.good === '' && note.hard === '')) return []
      return [{ participant, principle: null, note, inRound: false }]
    })
    return [...placed, ...left]
  })

  const shownRound = computed(() => dilemma().roundNotesShown)

  return {
    notes,
    speakers,
    shownRound,
    isShown: computed(() => shownRound.value === round),
    setSpeakerNote: (participantId: string, field: SpeakerNoteField, text: string) =>
      store.dispatch({ type: 'v2/set-speaker-note', dilemmaId, round, participantId, field, text }),
    setRoundText: (field: RoundTextField, text: string) =>
      store.dispatch({ type: 'v2/set-round-text', dilemmaId, round, field, text }),
    showOnBeamer: () => store.dispatch({ type: 'v2/show-round-notes', dilemmaId, round }),
    backToSpeakers: () => store.dispatch({ type: 'v2/show-round-notes', dilemmaId, round: null }),
  }
}
