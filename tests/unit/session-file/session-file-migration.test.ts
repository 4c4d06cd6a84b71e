import { readFileSync } from 'node:fs'
import { VERSION_ONE_REPORT_OPTIONS } from '@core/session/migrate'
import { describe, expect, it } from 'vitest'
import { parseSessionFile, serialiseSessionFile } from '@core/session-file/session-file-format'
import { fromRoot } from '../../support/paths'
import { versionOneToday } from '../../support/version-one'
import { T0 } from '../core/fixtures'

const FIXTURE = fromRoot('tests/fixtures/session-v1.dilemmas')

describe('parseSessionFile: the version-1 fixture', () => {
  const text = readFileSync(FIXTURE, 'utf8')
  const stored = (JSON.parse(text) as { session: Record<string, unknown> }).session

  it('opens, with the defaults of what came later added and everything else unchanged', () => {
    const parsed = parseSessionFile(readFileSync(FIXTURE))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.migratedFrom).toBe(1)
    expect(parsed.session.report).toEqual(VERSION_ONE_REPORT_OPTIONS)
    expect(parsed.session).toEqual(versionOneToday(stored))
  })

  it('is a realistic session: people, dilemmas in both variants, a harvest', () => {
    const parsed = parseSessionFile(text)
    if (!parsed.ok) throw new Error(parsed.problem)
    const { session: opened } = parsed
    expect(opened.participants.length).toBeGreaterThan(10)
    expect(new Set(opened.dilemmas.map((d) => d.variant))).toEqual(
      new Set(['variant1', 'variant2']),
    )
    expect(opened.harvest.followUps.length).toBeGreaterThan(0)
    expect(opened.currentPhaseId).not.toBeNull()
  })

  it('saves back as version 2 and opens again without migration', () => {
    const parsed = parseSessionFile(text)
    if (!parsed.ok) throw new Error(parsed.problem)
    const again = parseSessionFile(serialiseSessionFile(parsed.session, T0))
    expect(again).toEqual({ ok: true, session: parsed.session, migratedFrom: null })
  })
})
