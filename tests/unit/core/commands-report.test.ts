import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import { T0 } from './fixtures'
import { accepted, expectInvalid, expectNoOp, NOW } from './reduce-helpers'

const start = createSession(T0)
const withReport = (report: Session['report']): Session => ({ ...start, report })

describe('report/options', () => {
  it('starts with names and contributors left out of the report', () => {
    expect(start.report).toEqual({
      includeNames: false,
      includeContributors: false,
      includeOpenDilemmas: false,
    })
  })

  it('sets both choices at once', () => {
    const next = accepted(start, {
      type: 'report/options',
      includeNames: true,
      includeContributors: true,
    })
    expect(next.report).toEqual({
      includeNames: true,
      includeContributors: true,
      includeOpenDilemmas: false,
    })
    expect(next.updatedAt).toBe(NOW)
  })

  it.each([
    [
      { includeNames: true },
      { includeNames: true, includeContributors: false, includeOpenDilemmas: false },
    ],
    [
      { includeContributors: true },
      { includeNames: false, includeContributors: true, includeOpenDilemmas: false },
    ],
    [
      { includeOpenDilemmas: true },
      { includeNames: false, includeContributors: false, includeOpenDilemmas: true },
    ],
  ])('changes only the choice it names (%o)', (change, expected) => {
    const next = accepted(start, { type: 'report/options', ...change })
    expect(next.report).toEqual(expected)
    expect({ ...next, report: start.report, updatedAt: start.updatedAt }).toEqual(start)
  })

  it('keeps the other choice when one is switched back off', () => {
    const both = withReport({
      includeNames: true,
      includeContributors: true,
      includeOpenDilemmas: false,
    })
    const next = accepted(both, { type: 'report/options', includeNames: false })
    expect(next.report).toEqual({
      includeNames: false,
      includeContributors: true,
      includeOpenDilemmas: false,
    })
  })

  it.each([
    ['nothing named', {}],
    ['the same value', { includeNames: false }],
    ['both the same values', { includeNames: false, includeContributors: false }],
  ])('gives back the very same state for %s', (_label, change) => {
    expectNoOp(start, { type: 'report/options', ...change })
  })

  it('gives back the very same state when ticked choices are repeated', () => {
    const both = withReport({
      includeNames: true,
      includeContributors: true,
      includeOpenDilemmas: false,
    })
    expectNoOp(both, { type: 'report/options', includeNames: true, includeContributors: true })
  })

  it.each<[string, unknown]>([
    ['a string for a choice', { type: 'report/options', includeNames: 'true' }],
    ['a number for a choice', { type: 'report/options', includeContributors: 1 }],
    ['null for a choice', { type: 'report/options', includeNames: null }],
    ['an unknown field', { type: 'report/options', includeEmails: true }],
    ['a prototype key', JSON.parse('{"type":"report/options","__proto__":{"x":1}}')],
    ['a misspelt type', { type: 'report/option', includeNames: true }],
  ])('refuses %s', (_label, input) => {
    expectInvalid(input)
  })
})
