import { seededShuffle } from './seeded'
import { LIMITS } from './parts/limits'
import type { Dilemma, Round, Session } from './schema'

export const EMPTY_ROUND: Round = { speakers: [null, null, null, null] }

export function currentRound(dilemma: Dilemma): Round {
  return dilemma.variant2.rounds.at(-1) ?? EMPTY_ROUND
}

/**
 * In how many dilemmas each participant has been a variant-2 speaker: a dilemma counts once,
 * however many rounds it had, because the aim is new speakers for each dilemma.
 */
export function spokenCounts(session: Session, exceptDilemmaId?: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const dilemma of session.dilemmas) {
    if (dilemma.id === exceptDilemmaId) continue
    const speakers = new Set(dilemma.variant2.rounds.flatMap((round) => round.speakers))
    for (const id of speakers) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** Who has spoken in any variant-2 round so far. */
export function spokenParticipantIds(session: Session): Set<string> {
  return new Set(spokenCounts(session).keys())
}

/**
 * Four present participants for a dilemma: first those who have not spoken yet, then those
 * who spoke least; ties in a seeded random order, so the choice is fair and repeatable.
 */
export function proposeSpeakers(session: Session, dilemmaId: string, seed: number): string[] {
  // This dilemma's own speakers do not count against themselves when picking again.
  const counts = spokenCounts(session, dilemmaId)
  const present = session.participants.filter((p) => p.present).map((p) => p.id)
  const shuffled = seededShuffle(present, seed)
  return shuffled
    .map((id, order) => ({ id, order, spoken: counts.get(id) ?? 0 }))
    .sort((a, b) => a.spoken - b.spoken || a.order - b.order)
    .slice(0, LIMITS.speakers)
    .map((candidate) => candidate.id)
}

/** Everyone moves one principle on; the last slot in use wraps to the first. */
export function rotatedRound(round: Round, slotsInUse: number): Round {
  const speakers = [...round.speakers]
  for (let slot = 0; slot < slotsInUse; slot++) {
    speakers[(slot + 1) % slotsInUse] = round.speakers[slot] ?? null
  }
  return { speakers }
}

/** Puts a participant on a slot; whoever stood there takes the participant's old slot. */
export function assignedRound(round: Round, slot: number, participantId: string | null): Round {
  const speakers = [...round.speakers]
  const previousSlot = participantId === null ? -1 : speakers.indexOf(participantId)
  if (previousSlot >= 0) speakers[previousSlot] = speakers[slot] ?? null
  speakers[slot] = participantId
  return { speakers }
}

/**
 * A round after the chosen principles changed from `before` to `after` (slots follow the
 * principles): whoever stood on a principle that is still chosen stays on it; the others take
 * the slots of newly chosen principles first, then the slots without a principle.
 */
export function realignedRound(
  round: Round,
  before: readonly string[],
  after: readonly string[],
): Round {
  if (before.length === after.length && before.every((id, slot) => after[slot] === id)) return round
  const speakers: (string | null)[] = round.speakers.map(() => null)
  const keptFrom = new Set<number>()
  const keptSlots = new Set<number>()
  after.forEach((id, slot) => {
    const old = before.indexOf(id)
    if (old < 0) return
    speakers[slot] = round.speakers[old] ?? null
    keptFrom.add(old)
    keptSlots.add(slot)
  })
  const moving = round.speakers.filter((id, old): id is string => id !== null && !keptFrom.has(old))
  for (let slot = 0; slot < speakers.length && moving.length > 0; slot++) {
    if (!keptSlots.has(slot)) speakers[slot] = moving.shift() ?? null
  }
  return { speakers }
}
