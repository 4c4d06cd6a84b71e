import { describe, expect, it } from 'vitest'
import { redactForProjector } from '@core/session/redact'
import type { Session } from '@core/session/schema'
import { largeSession } from '../../support/large-session'
import { clone, deepFreeze, sessionWith, windowSnapshotOf } from './fixtures'

const SECRET = 'GEHEIM-notitie'

function withSecrets(session: Session): Session {
  return {
    ...session,
    phases: session.phases.map((phase, i) => ({ ...phase, notes: `${SECRET} ${i}` })),
    starter: { ...session.starter, observation: `${SECRET} observatie` },
  }
}

describe('redactForProjector', () => {
  it('empties every phase note and the starter observation', () => {
    const snapshot = windowSnapshotOf(withSecrets(sessionWith(3)), 12)
    const redacted = redactForProjector(snapshot)
    expect(redacted.session.phases.map((p) => p.notes)).toEqual(
      snapshot.session.phases.map(() => ''),
    )
    expect(redacted.session.starter.observation).toBe('')
    expect(JSON.stringify(redacted)).not.toContain(SECRET)
  })

  it('changes nothing else', () => {
    const snapshot = windowSnapshotOf(withSecrets(largeSession()), 99, {
      canUndo: true,
      canRedo: true,
    })
    const redacted = redactForProjector(snapshot)
    const { phases, starter, ...rest } = redacted.session
    const { phases: fullPhases, starter: fullStarter, ...fullRest } = snapshot.session
    expect(rest).toEqual(fullRest)
    expect(phases).toEqual(fullPhases.map((phase) => ({ ...phase, notes: '' })))
    expect(starter).toEqual({ ...fullStarter, observation: '' })
    expect(redacted.revision).toBe(99)
    expect(redacted.history).toEqual({ canUndo: true, canRedo: true })
    // Case texts, harvest and names are what the projector is there to show.
    expect(redacted.session.dilemmas).toBe(snapshot.session.dilemmas)
    expect(redacted.session.harvest).toBe(snapshot.session.harvest)
    expect(redacted.session.participants).toBe(snapshot.session.participants)
  })

  it('does not touch the snapshot the presenter keeps', () => {
    const snapshot = deepFreeze(windowSnapshotOf(withSecrets(sessionWith(2)), 5))
    const before = clone(snapshot)
    redactForProjector(snapshot)
    expect(snapshot).toEqual(before)
  })

  it('keeps a session without notes equal', () => {
    const session = withSecrets(sessionWith(1))
    const bare: Session = {
      ...session,
      phases: session.phases.map((phase) => ({ ...phase, notes: '' })),
      starter: { ...session.starter, observation: '' },
    }
    const snapshot = windowSnapshotOf(bare, 1)
    expect(redactForProjector(snapshot)).toEqual(snapshot)
  })
})
