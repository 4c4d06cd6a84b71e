import type { Dilemma, Round } from './schema'
import { currentRound, rotatedRound } from './speakers'

/**
 * The variant-2 rounds still to come so that every speaker of the current round stands on each
 * chosen principle once: a Latin square, each round everyone moves one principle on. Starting
 * from scratch that takes as many rounds as principles, the fewest possible; rounds already
 * held count, so a group that swapped places needs only the rounds that are missing.
 */
export function rotationPlan(dilemma: Dilemma): Round[] {
  const { principleIds, rounds } = dilemma.variant2
  const inUse = principleIds.length
  if (inUse < 2) return []
  const stood = new Map<string, Set<string>>()
  const record = (round: Round) =>
    round.speakers.slice(0, inUse).forEach((id, slot) => {
      const principleId = principleIds[slot]
      if (id === null || principleId === undefined) return
      stood.set(id, (stood.get(id) ?? new Set()).add(principleId))
    })
  rounds.forEach(record)
  let round = currentRound(dilemma)
  const speakers = round.speakers.slice(0, inUse).filter((id): id is string => id !== null)
  const missing = () => speakers.some((id) => (stood.get(id)?.size ?? 0) < inUse)
  const plan: Round[] = []
  // Moving on one place each round, everyone has stood everywhere after inUse - 1 more rounds.
  while (speakers.length > 0 && missing() && plan.length < inUse - 1) {
    round = rotatedRound(round, inUse)
    plan.push(round)
    record(round)
  }
  return plan
}
