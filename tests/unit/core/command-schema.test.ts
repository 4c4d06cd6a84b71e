import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseCommand, type Command, type ParseResult } from '@core/commands/schema'
import { LIMITS } from '@core/session/schema'

function expectAccepted(input: unknown): Command {
  const result: ParseResult = parseCommand(input)
  if (!result.ok) throw new Error(`expected acceptance, got ${result.error.detail}`)
  return result.command
}

function expectRejected(input: unknown): void {
  const result = parseCommand(input)
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.error.code).toBe('invalid-command')
    expect(typeof result.error.detail).toBe('string')
    expect(result.error.detail.length).toBeGreaterThan(0)
  }
}

describe('parseCommand: valid commands', () => {
  it('accepts dilemma/add and defaults description, contributor and source', () => {
    expect(expectAccepted({ type: 'dilemma/add', title: 'Een dilemma' })).toEqual({
      type: 'dilemma/add',
      title: 'Een dilemma',
      description: '',
      contributor: '',
      source: 'prepared',
    })
  })

  it('accepts dilemma/add with a description and trims the title', () => {
    expect(
      expectAccepted({ type: 'dilemma/add', title: '  Lekken naar de pers  ', description: 'x' }),
    ).toEqual({
      type: 'dilemma/add',
      title: 'Lekken naar de pers',
      description: 'x',
      contributor: '',
      source: 'prepared',
    })
  })

  it('accepts a title of exactly the maximum length', () => {
    const title = 'a'.repeat(LIMITS.titleLength)
    const command = expectAccepted({ type: 'dilemma/add', title })
    expect(command.type === 'dilemma/add' && command.title).toBe(title)
  })

  it('accepts a description of exactly the maximum length and an empty description', () => {
    const description = 'b'.repeat(LIMITS.longText)
    expectAccepted({ type: 'dilemma/add', title: 't', description })
    expectAccepted({ type: 'dilemma/add', title: 't', description: '' })
  })

  it('accepts dilemma/edit with only an id, only a title, or only a description', () => {
    expect(expectAccepted({ type: 'dilemma/edit', id: 'd1' })).toEqual({
      type: 'dilemma/edit',
      id: 'd1',
    })
    expect(expectAccepted({ type: 'dilemma/edit', id: 'd1', title: ' Nieuw ' })).toEqual({
      type: 'dilemma/edit',
      id: 'd1',
      title: 'Nieuw',
    })
    expect(expectAccepted({ type: 'dilemma/edit', id: 'd1', description: '' })).toEqual({
      type: 'dilemma/edit',
      id: 'd1',
      description: '',
    })
  })

  it('accepts dilemma/remove', () => {
    expect(expectAccepted({ type: 'dilemma/remove', id: 'd7' })).toEqual({
      type: 'dilemma/remove',
      id: 'd7',
    })
  })

  it('accepts dilemma/move with toIndex 0 and a large toIndex', () => {
    expectAccepted({ type: 'dilemma/move', id: 'd1', toIndex: 0 })
    expectAccepted({ type: 'dilemma/move', id: 'd1', toIndex: 1_000_000 })
  })

  it('accepts dilemma/make-current with an id or null', () => {
    expectAccepted({ type: 'dilemma/make-current', id: 'd1' })
    expectAccepted({ type: 'dilemma/make-current', id: null })
  })

  it('accepts projector/show-principle with an id or null', () => {
    expectAccepted({ type: 'projector/show-principle', principleId: 'integer' })
    expectAccepted({ type: 'projector/show-principle', principleId: null })
  })

  it('accepts ids made of letters, digits, - and _ up to 64 characters', () => {
    expectAccepted({ type: 'dilemma/remove', id: 'A-z_0-9' })
    expectAccepted({ type: 'dilemma/remove', id: 'x'.repeat(64) })
  })
})

describe('parseCommand: rejected input', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'dilemma/add'],
    ['a boolean', true],
    ['an empty array', []],
    ['an array holding a command', [{ type: 'dilemma/add', title: 't' }]],
    ['an empty object', {}],
    ['a function', () => ({ type: 'dilemma/add', title: 't' })],
  ])('rejects %s', (_label, input) => {
    expectRejected(input)
  })

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'dilemma/explode', id: 'd1' }],
    ['a type with other casing', { type: 'Dilemma/Add', title: 't' }],
    ['a numeric type', { type: 1, title: 't' }],
    ['a missing type', { title: 't' }],
  ])('rejects %s', (_label, input) => {
    expectRejected(input)
  })

  it.each<[string, unknown]>([
    ['add without title', { type: 'dilemma/add' }],
    ['add with empty title', { type: 'dilemma/add', title: '' }],
    ['add with whitespace title', { type: 'dilemma/add', title: ' \t\n  ' }],
    ['add with too long title', { type: 'dilemma/add', title: 'a'.repeat(LIMITS.titleLength + 1) }],
    ['add with numeric title', { type: 'dilemma/add', title: 5 }],
    ['add with null title', { type: 'dilemma/add', title: null }],
    ['add with null description', { type: 'dilemma/add', title: 't', description: null }],
    [
      'add with too long description',
      { type: 'dilemma/add', title: 't', description: 'b'.repeat(LIMITS.longText + 1) },
    ],
    ['add with a smuggled id', { type: 'dilemma/add', title: 't', id: 'd99' }],
    ['add with an extra field', { type: 'dilemma/add', title: 't', admin: true }],
    ['edit without id', { type: 'dilemma/edit', title: 't' }],
    ['edit with whitespace title', { type: 'dilemma/edit', id: 'd1', title: '   ' }],
    [
      'edit with too long title',
      { type: 'dilemma/edit', id: 'd1', title: 'a'.repeat(LIMITS.titleLength + 1) },
    ],
    ['edit with null title', { type: 'dilemma/edit', id: 'd1', title: null }],
    ['edit with an extra field', { type: 'dilemma/edit', id: 'd1', color: '#000000' }],
    ['remove without id', { type: 'dilemma/remove' }],
    ['remove with null id', { type: 'dilemma/remove', id: null }],
    ['remove with numeric id', { type: 'dilemma/remove', id: 1 }],
    ['remove with empty id', { type: 'dilemma/remove', id: '' }],
    ['remove with id containing a space', { type: 'dilemma/remove', id: 'd 1' }],
    ['remove with id containing a slash', { type: 'dilemma/remove', id: '../d1' }],
    ['remove with too long id', { type: 'dilemma/remove', id: 'x'.repeat(65) }],
    ['remove with an extra field', { type: 'dilemma/remove', id: 'd1', toIndex: 0 }],
    ['move without toIndex', { type: 'dilemma/move', id: 'd1' }],
    ['move with negative toIndex', { type: 'dilemma/move', id: 'd1', toIndex: -1 }],
    ['move with fractional toIndex', { type: 'dilemma/move', id: 'd1', toIndex: 1.5 }],
    ['move with string toIndex', { type: 'dilemma/move', id: 'd1', toIndex: '1' }],
    ['move with NaN toIndex', { type: 'dilemma/move', id: 'd1', toIndex: Number.NaN }],
    [
      'move with infinite toIndex',
      { type: 'dilemma/move', id: 'd1', toIndex: Number.POSITIVE_INFINITY },
    ],
    ['move with null toIndex', { type: 'dilemma/move', id: 'd1', toIndex: null }],
    ['make-current without id', { type: 'dilemma/make-current' }],
    ['make-current with undefined id', { type: 'dilemma/make-current', id: undefined }],
    ['make-current with numeric id', { type: 'dilemma/make-current', id: 0 }],
    ['show-principle without principleId', { type: 'projector/show-principle' }],
    ['show-principle with object id', { type: 'projector/show-principle', principleId: {} }],
    [
      'show-principle with an extra field',
      { type: 'projector/show-principle', principleId: null, id: 'd1' },
    ],
  ])('rejects %s', (_label, input) => {
    expectRejected(input)
  })

  it('rejects a __proto__ key smuggled in through JSON', () => {
    const input: unknown = JSON.parse(
      '{"type":"dilemma/add","title":"t","__proto__":{"polluted":true}}',
    )
    expectRejected(input)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects constructor and prototype keys', () => {
    expectRejected(
      JSON.parse('{"type":"dilemma/remove","id":"d1","constructor":{"prototype":{"x":1}}}'),
    )
    expectRejected({ type: 'dilemma/remove', id: 'd1', prototype: {} })
  })

  it('returns a fresh plain object, detached from the input', () => {
    const input = { type: 'dilemma/add', title: 'origineel' }
    const command = expectAccepted(input)
    expect(command).not.toBe(input)
    expect(Object.getPrototypeOf(command)).toBe(Object.prototype)
    input.title = 'later gewijzigd'
    expect(command.type === 'dilemma/add' && command.title).toBe('origineel')
  })

  it('never pollutes Object.prototype whatever the parsed JSON', () => {
    for (const text of [
      '{"__proto__":{"polluted":1}}',
      '{"type":"dilemma/edit","id":"d1","__proto__":{"polluted":1}}',
      '{"type":"projector/show-principle","principleId":"__proto__"}',
    ]) {
      parseCommand(JSON.parse(text))
    }
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('keeps the detail short and free of user text', () => {
    const secret = 'GEHEIM-'.repeat(400)
    const result = parseCommand({ type: 'dilemma/add', title: secret, a: 1, b: 2, c: 3 })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.detail).not.toContain('GEHEIM')
      expect(result.error.detail.split('; ').length).toBeLessThanOrEqual(5)
    }
  })

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseCommand(input)
        expect(typeof result.ok).toBe('boolean')
      }),
      { numRuns: 300, seed: 20261129 },
    )
  })
})
