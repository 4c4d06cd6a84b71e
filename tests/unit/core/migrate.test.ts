import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { migrateSession, VERSION_ONE_REPORT_OPTIONS } from '@core/session/migrate'
import { NO_LOOK_BACK, SESSION_SCHEMA_VERSION } from '@core/session/schema'
import { fromRoot } from '../../support/paths'
import { versionOneToday } from '../../support/version-one'
import { largeSession } from '../../support/large-session'
import { sessionWith } from './fixtures'

/** The committed version-1 session file: today's shape without `report`. */
function versionOneSession(): Record<string, unknown> {
  const file = JSON.parse(readFileSync(fromRoot('tests/fixtures/session-v1.dilemmas'), 'utf8'))
  return (file as { session: Record<string, unknown> }).session
}

describe('migrateSession', () => {
  it('is at version 3 today', () => {
    expect(SESSION_SCHEMA_VERSION).toBe(3)
  })

  it('takes the version-1 fixture to today, adding only the defaults of what came later', () => {
    const stored = versionOneSession()
    expect(stored['schemaVersion']).toBe(1)
    expect(stored).not.toHaveProperty('report')
    const result = migrateSession(stored)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.migratedFrom).toBe(1)
    expect(result.session.report).toEqual(VERSION_ONE_REPORT_OPTIONS)
    expect(result.session).toEqual(versionOneToday(stored))
  })

  it('does not change the stored object it migrates', () => {
    const stored = versionOneSession()
    const copy = structuredClone(stored)
    migrateSession(stored)
    expect(stored).toEqual(copy)
  })

  it('gives a session of today back as it is, with no migration to report', () => {
    const session = largeSession()
    expect(migrateSession(structuredClone(session))).toEqual({
      ok: true,
      session,
      migratedFrom: null,
    })
  })

  it('keeps report choices already made in a session of today', () => {
    const session = {
      ...sessionWith(1),
      report: { includeNames: true, includeContributors: false },
    }
    const result = migrateSession(session)
    // A file from before the later choices existed reads them as off: titles and owners stay out.
    expect(result.ok && result.session.report).toEqual({
      ...session.report,
      includeOpenDilemmas: false,
      includeFollowUpOwners: false,
      findingChoices: {},
    })
  })

  it.each<[string, unknown]>([
    ['0', 0],
    ['a negative version', -1],
    ['a fraction', 1.5],
    ['a string', '1'],
    ['null', null],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
  ])('calls version %s invalid', (_label, schemaVersion) => {
    expect(migrateSession({ ...versionOneSession(), schemaVersion })).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it('calls a session without a version invalid', () => {
    const { schemaVersion: _dropped, ...rest } = versionOneSession()
    expect(migrateSession(rest)).toEqual({ ok: false, reason: 'invalid' })
  })

  it.each([4, 5, 99])('refuses version %i as coming from a newer app', (schemaVersion) => {
    expect(migrateSession({ ...sessionWith(0), schemaVersion })).toEqual({
      ok: false,
      reason: 'newer-version',
    })
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['a string', 'session'],
    ['an empty object', {}],
  ])('calls %s invalid', (_label, value) => {
    expect(migrateSession(value)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('calls a version-1 session that is broken after migration invalid', () => {
    expect(migrateSession({ ...versionOneSession(), principles: [] })).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it('takes a version-2 session to today with no previous session to look back on', () => {
    const { lookBack: _added, ...stored } = { ...sessionWith(2), schemaVersion: 2 }
    const result = migrateSession(stored)
    expect(result).toEqual({
      ok: true,
      session: { ...sessionWith(2), lookBack: NO_LOOK_BACK },
      migratedFrom: 2,
    })
  })

  it('gives a version-2 session that carries a look back none, as version 2 had none', () => {
    const lookBack = { from: null, followUps: [], shown: true }
    const stored = { ...sessionWith(1), schemaVersion: 2, lookBack }
    const result = migrateSession(stored)
    expect(result.ok && result.session.lookBack).toEqual(NO_LOOK_BACK)
  })

  it('lets a version-1 session that already carries report choices keep nothing of them', () => {
    // Version 1 had no report choices; whatever such a file holds is replaced by the defaults.
    const stored = {
      ...versionOneSession(),
      report: { includeNames: true, includeContributors: true },
    }
    const result = migrateSession(stored)
    expect(result.ok && result.session.report).toEqual(VERSION_ONE_REPORT_OPTIONS)
  })
})
