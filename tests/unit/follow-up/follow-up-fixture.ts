import type { FollowUpPlan } from '@core/follow-up/follow-up-contract'
import type { Locale, Session } from '@core/session/schema'
import { changeDilemma, sessionWith, T0, withParticipants } from '../core/fixtures'

export const PLAN: FollowUpPlan = {
  date: '2027-01-07',
  startTime: '09:30',
  location: 'Zaal 4.12, Rijnstraat 8',
  includeOwners: false,
}
export const NOW = Date.UTC(2026, 11, 3, 16, 45)
export const TITLE = 'Team Toezicht – casuïstiek'
/** Typed nowhere but the participant list: no calendar file may name this person. */
export const ONLY_A_PARTICIPANT = 'Zeynep Kaya'
export const OWNER = 'Anouk de Vries'
export const DUE = '2027-01-15'

/**
 * A session that was held: d1 and d5 discussed (counted, paired, written about), d2 skipped in
 * variant 2 with speakers and notes, d3 the current one with a first count, d4 never touched;
 * one participant absent; a harvest whose second follow-up was left without words.
 */
export function heldSession(locale: Locale = 'nl'): Session {
  const start = withParticipants(sessionWith(5), [OWNER, 'Bram Jansen', ONLY_A_PARTICIPANT])
  const [p0 = '', p1 = '', p2 = '', p3 = ''] = start.principles.map((p) => p.id)
  const [a = '', b = ''] = [p0, p1].sort()
  let session: Session = {
    ...start,
    locale,
    nextSeq: 40,
    setup: {
      ...start.setup,
      title: TITLE,
      date: '2026-12-03',
      startTime: '13:30',
      location: 'Zaal 2',
      team: 'Toezicht',
      facilitators: ['Ingrid de Wit'],
      variant: 'both',
      plannedMinutes: 150,
    },
    principles: start.principles.map((p, i) => (i === 0 ? { ...p, name: 'Eigen principe' } : p)),
    participants: start.participants.map((p) =>
      p.name === ONLY_A_PARTICIPANT ? { ...p, present: false } : p,
    ),
    phases: start.phases.map((phase, i) =>
      i < 2 ? { ...phase, startedAt: T0 + i, endedAt: T0 + i + 1, notes: `Notitie ${i}` } : phase,
    ),
    currentPhaseId: start.phases[3]?.id ?? null,
    currentDilemmaId: 'd3',
    harvest: {
      threads: [{ id: 'h30', text: 'Rode draad over maatwerk' }],
      insights: [{ id: 'h31', text: 'Inzicht' }],
      followUps: [
        { id: 'f32', what: 'Werkinstructie aanpassen', who: OWNER, due: DUE },
        { id: 'f33', what: '  \n ', who: 'Bram Jansen', due: '2027-02-01' },
        { id: 'f34', what: 'Terugkoppelen aan het MT', who: '', due: '' },
      ],
    },
    lookBack: {
      from: { title: 'Eerste sessie', date: '2026-10-01' },
      followUps: [{ id: 'f2', what: 'Oud', who: 'Iemand', due: '', state: 'done' }],
      shown: true,
    },
  }
  const discussed = (id: string) =>
    changeDilemma(session, id, (d) => ({
      ...d,
      status: 'discussed',
      contributor: OWNER,
      tally: { [p0]: 3, [p1]: 2 },
      firstTally: { [p0]: 1 },
      tallyMoment: 'after',
      revealed: { first: true, after: true },
      pairs: [{ a, b, kind: 'tension' }],
      tippingPoint: 'Kantelpunt',
      good: 'Goed',
    }))
  session = discussed('d1')
  session = discussed('d5')
  session = changeDilemma(session, 'd2', (d) => ({
    ...d,
    status: 'skipped',
    source: 'on-the-spot',
    contributor: 'Bram Jansen',
    variant: 'variant2',
    variant2: {
      principleIds: [p0, p1, p2, p3],
      rounds: [{ speakers: ['pp8', 'pp9', null, null] }],
    },
    roundNotes: [
      { speakers: { pp8: { good: 'Luisteren', hard: 'Kiezen' } }, tops: 'Top', tips: 'Tip' },
    ],
    roundNotesShown: 0,
    tops: 'Tops',
    tips: 'Tips',
  }))
  session = changeDilemma(session, 'd3', (d) => ({
    ...d,
    source: 'current-events',
    firstTally: { [p2]: 4 },
    revealed: { first: true, after: false },
    tallyMoment: 'after',
    pairs: [{ a, b, kind: 'common' }],
    tensions: 'Spanning',
  }))
  return session
}
