import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DECK_EXTENSION,
  DECK_FORMAT,
  DECK_VERSION,
  parseDeckFile,
  serialiseDeck,
} from '@core/principles/deck-file'
import { darkenForWhiteText } from '@core/principles/contrast'
import { SessionHost } from '@core/host/session-host'
import { createSession, defaultPrinciples } from '@core/session/default-session'
import { LIMITS, type Principle } from '@core/session/schema'
import defaultDeckFile from '@resources/decks/default.nl.json'

const deck = defaultPrinciples()

function deckText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: DECK_FORMAT,
    version: DECK_VERSION,
    principles: deck,
    ...overrides,
  })
}

const withPrinciple = (index: number, change: Partial<Record<keyof Principle, unknown>>) =>
  deckText({ principles: deck.map((p, i) => (i === index ? { ...p, ...change } : p)) })

describe('parseDeckFile', () => {
  it('reads the shipped default deck', () => {
    const parsed = parseDeckFile(JSON.stringify(defaultDeckFile))
    expect(parsed).toEqual({ ok: true, principles: deck, name: defaultDeckFile.name })
  })

  it('reads back what serialiseDeck wrote, name included', () => {
    const text = serialiseDeck(deck, 'Team Vergunningen')
    expect(text.endsWith('\n')).toBe(true)
    expect(JSON.parse(text)).toMatchObject({ format: DECK_FORMAT, version: DECK_VERSION })
    expect(parseDeckFile(text)).toEqual({ ok: true, principles: deck, name: 'Team Vergunningen' })
  })

  it('takes a missing name as empty and a lower version as fine', () => {
    expect(parseDeckFile(deckText())).toEqual({ ok: true, principles: deck, name: '' })
    expect(DECK_VERSION).toBeGreaterThanOrEqual(1)
    expect(DECK_EXTENSION).toBe('dilemmaset')
  })

  it.each(['', 'not json', '{"format":', '\u0000', '<?xml version="1.0"?><deck/>'])(
    'calls %j not-json',
    (text) => {
      expect(parseDeckFile(text)).toMatchObject({ ok: false, problem: 'not-json' })
    },
  )

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['another format', deckText({ format: 'something-else' })],
    ['no format', JSON.stringify({ version: 1, principles: deck })],
    ['no version', JSON.stringify({ format: DECK_FORMAT, principles: deck })],
    ['a text version', deckText({ version: '1' })],
  ])('calls %s wrong-format', (_, text) => {
    expect(parseDeckFile(text)).toMatchObject({ ok: false, problem: 'wrong-format' })
  })

  it('says when a deck comes from a newer version', () => {
    expect(parseDeckFile(deckText({ version: DECK_VERSION + 1 }))).toEqual({
      ok: false,
      problem: 'newer-version',
      detail: `version ${DECK_VERSION + 1}`,
    })
  })

  it.each([
    ['no principles', deckText({ principles: [] })],
    [
      'too many principles',
      deckText({
        principles: Array.from({ length: LIMITS.principles + 1 }, (_, i) => ({
          ...deck[0],
          id: `p${i}`,
        })),
      }),
    ],
    ['an empty name', withPrinciple(0, { name: '   ' })],
    ['a name too long', withPrinciple(1, { name: 'x'.repeat(LIMITS.principleNameLength + 1) })],
    [
      'a summary too long',
      withPrinciple(2, { summary: 'x'.repeat(LIMITS.principleSummaryLength + 1) }),
    ],
    ['a bad colour', withPrinciple(3, { color: 'red' })],
    ['a bad id', withPrinciple(4, { id: '__proto__' })],
    [
      'a missing explanation',
      deckText({ principles: [{ id: 'a', name: 'A', summary: '', color: '#000000' }] }),
    ],
    ['version 0', deckText({ version: 0 })],
    ['a fractional version', deckText({ version: 0.5 })],
    ['a name that is not text', deckText({ name: 12 })],
  ])('calls a deck with %s invalid, saying where', (_, text) => {
    const parsed = parseDeckFile(text)
    expect(parsed).toMatchObject({ ok: false, problem: 'invalid' })
    if (!parsed.ok) expect(parsed.detail).not.toBe('')
  })

  it('points at the field that is wrong', () => {
    expect(parseDeckFile(withPrinciple(3, { color: 'red' }))).toEqual({
      ok: false,
      problem: 'invalid',
      detail: 'principles.3.color',
    })
  })

  it('refuses repeated ids', () => {
    const [a, b] = deck
    if (!a || !b) throw new Error('deck too small')
    expect(parseDeckFile(deckText({ principles: [a, { ...b, id: a.id }] }))).toMatchObject({
      ok: false,
      problem: 'duplicate-ids',
    })
  })

  it('refuses a colour white text cannot be read on, naming the principle', () => {
    expect(parseDeckFile(withPrinciple(5, { color: '#ffff00' }))).toEqual({
      ok: false,
      problem: 'low-contrast',
      detail: deck[5]?.name,
    })
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const parsed = parseDeckFile(text)
        expect(typeof parsed.ok).toBe('boolean')
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on any JSON value, and only accepts decks that are valid', () => {
    const principleLike = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'dienstbaar', '__proto__', ''), fc.string()),
        name: fc.oneof(fc.string({ maxLength: 90 }), fc.jsonValue()),
        summary: fc.oneof(fc.string({ maxLength: 40 }), fc.jsonValue()),
        explanation: fc.string({ maxLength: 40 }),
        color: fc.oneof(fc.constantFrom('#1d4e89', '#ffffff', '#FFFF00', 'blue'), fc.string()),
      },
      { requiredKeys: [] },
    )
    const deckLike = fc.record(
      {
        format: fc.oneof(fc.constant(DECK_FORMAT), fc.jsonValue()),
        version: fc.oneof(fc.constantFrom(0, 1, 2, 1.5, -1), fc.jsonValue()),
        name: fc.oneof(fc.string(), fc.jsonValue()),
        principles: fc.oneof(fc.array(principleLike, { maxLength: 14 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(deckLike, deckLike, fc.jsonValue()), (value) => {
        const parsed = parseDeckFile(JSON.stringify(value) ?? 'undefined')
        if (parsed.ok) {
          // Whatever was accepted is a deck the session takes as it is.
          expect(parsed.principles.length).toBeGreaterThan(0)
          expect(new Set(parsed.principles.map((p) => p.id)).size).toBe(parsed.principles.length)
          const host = new SessionHost({ session: createSession(0), clock: { now: () => 0 } })
          const replaced = host.dispatch({
            type: 'principle/replace-all',
            principles: parsed.principles,
          })
          expect(replaced.ok).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('reads back every valid deck it wrote', () => {
    const hexColor = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`)
    const principle = fc.record({
      id: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,20}$/),
      name: fc
        .string({ minLength: 1, maxLength: LIMITS.principleNameLength })
        .filter((name) => name.trim() !== ''),
      summary: fc.string({ maxLength: LIMITS.principleSummaryLength }),
      explanation: fc.string({ maxLength: 200 }),
      color: hexColor.map((color) => darkenForWhiteText(color)),
    })
    const principles = fc.uniqueArray(principle, {
      selector: (p) => p.id,
      minLength: 1,
      maxLength: LIMITS.principles,
    })
    fc.assert(
      fc.property(principles, fc.string({ maxLength: LIMITS.shortText }), (list, name) => {
        const parsed = parseDeckFile(serialiseDeck(list, name))
        // Names are stored trimmed, as the session schema keeps them.
        expect(parsed).toEqual({
          ok: true,
          principles: list.map((p) => ({ ...p, name: p.name.trim() })),
          name,
        })
      }),
      { numRuns: 300 },
    )
  })
})
