import type { CaseVariant, Dilemma, DilemmaSource } from './schema'

export interface DilemmaFields {
  readonly title: string
  readonly description: string
  readonly contributor: string
  readonly source: DilemmaSource
}

/** A dilemma in the queue that nobody has counted, placed or written about yet. */
export function blankDilemma(id: string, fields: DilemmaFields, variant: CaseVariant): Dilemma {
  return {
    id,
    ...fields,
    status: 'queued',
    variant,
    tally: {},
    firstTally: {},
    tallyMoment: 'first',
    revealed: { first: false, after: false },
    variant2: { principleIds: [], rounds: [{ speakers: [null, null, null, null] }] },
    pairs: [],
    roundNotes: [],
    roundNotesShown: null,
    tippingPoint: '',
    tensions: '',
    good: '',
    hard: '',
    tops: '',
    tips: '',
  }
}
