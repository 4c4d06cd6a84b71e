import type { LookBack } from '@core/session/parts/look-back'
import type { Session } from '@core/session/schema'
import { FIXTURE, reportFixture, type FixtureOptions } from '../../support/report-fixture'

/** A participant of the fixture, named in a look-back's "what" and as an owner. */
export const NAMED_IN_WHAT = 'Dirk Geheimnaam'
export const OWNER = FIXTURE.participants[0]
export const HOSTILE_WHAT = 'Notitie <script>alert(3)</script> **vet** | pijp'

export const LOOK_BACK: LookBack = {
  from: { title: 'Teamsessie oktober', date: '2026-10-15' },
  followUps: [
    { id: 'lb-1', what: HOSTILE_WHAT, who: OWNER, due: '2026-12-01', state: 'done' },
    { id: 'lb-2', what: `${NAMED_IN_WHAT} belt de ombudsman`, who: '', due: '', state: 'done' },
    { id: 'lb-3', what: 'Intranet bijwerken', who: 'de teamleider', due: '', state: 'in-progress' },
    { id: 'lb-4', what: 'Casus uitschrijven', who: 'Team Uitvoering', due: '', state: 'open' },
    { id: 'lb-5', what: 'Flyer ophangen', who: '', due: '2026-11-01', state: 'dropped' },
  ],
  shown: false,
}

export interface LookBackFixtureOptions extends FixtureOptions {
  readonly includeFollowUpOwners?: boolean
  readonly lookBack?: LookBack
}

/** The report fixture, prepared from a previous session whose follow-ups it looked back on. */
export function lookBackFixture(options: LookBackFixtureOptions = {}): Session {
  const session = reportFixture(options)
  return {
    ...session,
    lookBack: options.lookBack ?? LOOK_BACK,
    report: {
      ...session.report,
      includeFollowUpOwners: options.includeFollowUpOwners ?? false,
    },
  }
}
