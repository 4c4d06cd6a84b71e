import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import { FINDING_CHOICES_MAX, sessionSchema, type Session } from '@core/session/schema'
import { T0 } from './fixtures'
import { accepted, expectInvalid, expectNoOp, NOW } from './reduce-helpers'

const start = createSession(T0)
const withReport = (report: Session['report']): Session => ({ ...start, report })

describe('report/options', () => {
  it('starts with names, contributors and follow-up owners left out of the report, the dilemmas not discussed named', () => {
    expect(start.report).toEqual({
      includeNames: false,
      includeContributors: false,
      includeOpenDilemmas: true,
      includeFollowUpOwners: false,
      findingChoices: {},
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
      includeOpenDilemmas: true,
      includeFollowUpOwners: false,
      findingChoices: {},
    })
    expect(next.updatedAt).toBe(NOW)
  })

  it.each([
    [
      { includeNames: true },
      {
        includeNames: true,
        includeContributors: false,
        includeOpenDilemmas: true,
        includeFollowUpOwners: false,
        findingChoices: {},
      },
    ],
    [
      { includeContributors: true },
      {
        includeNames: false,
        includeContributors: true,
        includeOpenDilemmas: true,
        includeFollowUpOwners: false,
        findingChoices: {},
      },
    ],
    [
      { includeOpenDilemmas: false },
      {
        includeNames: false,
        includeContributors: false,
        includeOpenDilemmas: false,
        includeFollowUpOwners: false,
        findingChoices: {},
      },
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
      includeFollowUpOwners: false,
      findingChoices: {},
    })
    const next = accepted(both, { type: 'report/options', includeNames: false })
    expect(next.report).toEqual({
      includeNames: false,
      includeContributors: true,
      includeOpenDilemmas: false,
      includeFollowUpOwners: false,
      findingChoices: {},
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
      includeFollowUpOwners: false,
      findingChoices: {},
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

describe('report/options for follow-up owners', () => {
  it('switches follow-up owners in and out on their own', () => {
    const on = accepted(start, { type: 'report/options', includeFollowUpOwners: true })
    expect(on.report).toEqual({ ...start.report, includeFollowUpOwners: true })
    expectNoOp(on, { type: 'report/options', includeFollowUpOwners: true })
  })
})

describe('report/finding-choice', () => {
  const key = 'd1.tippingPoint|name|anouk'

  it('records a choice per finding and clears it with null', () => {
    const chosen = accepted(start, { type: 'report/finding-choice', key, choice: 'keep' })
    expect(chosen.report.findingChoices).toEqual({ [key]: 'keep' })
    const changed = accepted(chosen, { type: 'report/finding-choice', key, choice: 'remove' })
    expect(changed.report.findingChoices).toEqual({ [key]: 'remove' })
    const cleared = accepted(changed, { type: 'report/finding-choice', key, choice: null })
    expect(cleared.report.findingChoices).toEqual({})
  })

  it('gives back the very same state for the same choice, or clearing what is not there', () => {
    const chosen = accepted(start, { type: 'report/finding-choice', key, choice: 'label' })
    expectNoOp(chosen, { type: 'report/finding-choice', key, choice: 'label' })
    expectNoOp(start, { type: 'report/finding-choice', key, choice: null })
  })

  it('lets the oldest choices make way when the record is full, so it always loads again', () => {
    let state = start
    for (let index = 0; index < FINDING_CHOICES_MAX + 5; index += 1)
      state = accepted(state, { type: 'report/finding-choice', key: `k${index}`, choice: 'keep' })
    const keys = Object.keys(state.report.findingChoices)
    expect(keys).toHaveLength(FINDING_CHOICES_MAX)
    expect(keys[0]).toBe('k5')
    expect(keys.at(-1)).toBe(`k${FINDING_CHOICES_MAX + 4}`)
    expect(sessionSchema.safeParse(state).success).toBe(true)
  })

  it.each([
    ['an empty key', { type: 'report/finding-choice', key: '', choice: 'keep' }],
    ['an unknown choice', { type: 'report/finding-choice', key, choice: 'hide' }],
    ['a key too long', { type: 'report/finding-choice', key: 'x'.repeat(401), choice: 'keep' }],
  ])('refuses %s', (_label, command) => {
    expectInvalid(command)
  })
})
