/**
 * How much a session may hold. Plain numbers in a module without schemas, so the beamer's page
 * can read them without loading zod.
 */
export const LIMITS = {
  principles: 12,
  participants: 100,
  recommendedParticipants: 25,
  phases: 20,
  dilemmas: 200,
  harvestItems: 200,
  facilitators: 6,
  shortText: 200,
  titleLength: 2000,
  longText: 20000,
  principleNameLength: 80,
  principleSummaryLength: 300,
  principleExplanationLength: 2000,
  phaseMinutes: 240,
  speakers: 4,
  rounds: 50,
  /** Every pair of twelve principles once. */
  pairs: 66,
  tally: 999,
  /** The id counter: beyond this, numbers in JSON stop being exact. */
  nextSeq: Number.MAX_SAFE_INTEGER,
} as const
