import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { z } from 'zod'
import { DOMAINS as COMMAND_DOMAINS } from '@core/commands/domains'
import type { ReduceResult } from '@core/commands/helpers'
import { reduce } from '@core/commands/reducer'
import {
  commandSchema,
  historyCommandSchemas,
  isHistoryCommand,
  parseCommand,
  type CommandInput,
  type SessionCommand,
} from '@core/commands/schema'
import { sessionSchema, type Session } from '@core/session/schema'
import { changeDilemma, clone, deepFreeze, sessionWith, T0, withParticipants } from './fixtures'
import { NOW, parse } from './reduce-helpers'

type SessionType = SessionCommand['type']

/**
 * A valid instance of every session command, each one a real change on `richSession()`.
 * The mapped type makes the compiler demand an entry for every command type.
 */
const SAMPLES: { [K in SessionType]: Extract<CommandInput, { type: K }> } = {
  'setup/edit': { type: 'setup/edit', title: 'Team Toezicht' },
  'setup/new-session': { type: 'setup/new-session' },
  'setup/from-template': { type: 'setup/from-template' },
  'setup/set-locale': { type: 'setup/set-locale', locale: 'en' },
  'principle/edit': { type: 'principle/edit', id: 'open', name: 'Openheid' },
  'principle/move': { type: 'principle/move', id: 'open', toIndex: 0 },
  'principle/reset-all': { type: 'principle/reset-all' },
  'principle/replace-all': {
    type: 'principle/replace-all',
    principles: [{ id: 'eigen', name: 'Eigen', summary: '', explanation: '', color: '#123456' }],
  },
  'participant/add-many': { type: 'participant/add-many', names: ['Nieuw'] },
  'participant/rename': { type: 'participant/rename', id: 'pp7', name: 'Anna B.' },
  'participant/remove': { type: 'participant/remove', id: 'pp7' },
  'participant/set-present': { type: 'participant/set-present', id: 'pp7', present: false },
  'phase/add': { type: 'phase/add', kind: 'other', title: 'Pauze', plannedMinutes: 10 },
  'phase/edit': { type: 'phase/edit', id: 'ph2', notes: 'x' },
  'phase/remove': { type: 'phase/remove', id: 'ph6' },
  'phase/move': { type: 'phase/move', id: 'ph6', toIndex: 0 },
  'phase/go': { type: 'phase/go', id: 'ph5' },
  'phase/next': { type: 'phase/next' },
  'phase/previous': { type: 'phase/previous' },
  'phase/finish': { type: 'phase/finish' },
  'starter/edit': { type: 'starter/edit', observation: 'Iedereen stond links' },
  'dilemma/add': { type: 'dilemma/add', title: 'Nieuw dilemma' },
  'dilemma/add-many': { type: 'dilemma/add-many', titles: ['Een', 'Twee'] },
  'dilemma/add-example': { type: 'dilemma/add-example', exampleId: 'collega' },
  'dilemma/edit': { type: 'dilemma/edit', id: 'd1', title: 'Ander' },
  'dilemma/remove': { type: 'dilemma/remove', id: 'd2' },
  'dilemma/move': { type: 'dilemma/move', id: 'd2', toIndex: 0 },
  'dilemma/make-current': { type: 'dilemma/make-current', id: 'd2' },
  'dilemma/set-status': { type: 'dilemma/set-status', id: 'd2', status: 'skipped' },
  'dilemma/set-text': { type: 'dilemma/set-text', id: 'd1', field: 'tops', text: 'Top!' },
  'tally/adjust': { type: 'tally/adjust', dilemmaId: 'd1', principleId: 'open', delta: 1 },
  'tally/set': { type: 'tally/set', dilemmaId: 'd1', principleId: 'integer', count: 4 },
  'tally/reset': { type: 'tally/reset', dilemmaId: 'd1' },
  'v2/set-principles': {
    type: 'v2/set-principles',
    dilemmaId: 'd1',
    principleIds: ['integer', 'open'],
  },
  'v2/assign': { type: 'v2/assign', dilemmaId: 'd1', slot: 2, participantId: 'pp9' },
  'v2/pick-speakers': { type: 'v2/pick-speakers', dilemmaId: 'd2', seed: 1 },
  'v2/rotate': { type: 'v2/rotate', dilemmaId: 'd1' },
  'harvest/add': { type: 'harvest/add', list: 'threads', text: 'Rode draad' },
  'harvest/edit': { type: 'harvest/edit', list: 'threads', id: 'h50', text: 'Anders' },
  'harvest/remove': { type: 'harvest/remove', list: 'threads', id: 'h50' },
  'harvest/move': { type: 'harvest/move', list: 'threads', id: 'h51', toIndex: 0 },
  'harvest/add-followup': { type: 'harvest/add-followup', what: 'Vervolg' },
  'harvest/edit-followup': { type: 'harvest/edit-followup', id: 'f52', who: 'Bram' },
  'harvest/remove-followup': { type: 'harvest/remove-followup', id: 'f52' },
  'projector/show-principle': { type: 'projector/show-principle', principleId: 'vakkundig' },
  'projector/set-timer': { type: 'projector/set-timer', timer: 'phase' },
  'projector/blackout': { type: 'projector/blackout', blackout: 'black' },
  'projector/set-font-scale': { type: 'projector/set-font-scale', fontScale: 1.2 },
  'projector/set-theme': { type: 'projector/set-theme', theme: 'high-contrast' },
  'timer/start': { type: 'timer/start', timer: 'round' },
  'timer/pause': { type: 'timer/pause', timer: 'phase' },
  'timer/reset': { type: 'timer/reset', timer: 'round' },
  'timer/adjust': { type: 'timer/adjust', timer: 'phase', minutes: 1 },
  'timer/start-break': { type: 'timer/start-break', minutes: 10 },
  'timer/end-break': { type: 'timer/end-break' },
  'timer/settings': { type: 'timer/settings', roundMinutes: 5 },
  'report/options': { type: 'report/options', includeNames: true },
  'projector/hide-tally': { type: 'projector/hide-tally', moment: 'first', hide: false },
  'tally/moment': { type: 'tally/moment', dilemmaId: 'd1', moment: 'after' },
  'tally/reveal': { type: 'tally/reveal', dilemmaId: 'd1', moment: 'first', revealed: true },
  'pair/mark': { type: 'pair/mark', dilemmaId: 'd1', a: 'open', b: 'integer', kind: 'tension' },
  'v2/set-round-text': {
    type: 'v2/set-round-text',
    dilemmaId: 'd1',
    round: 0,
    field: 'tops',
    text: 'Goed geluisterd',
  },
  'v2/set-speaker-note': {
    type: 'v2/set-speaker-note',
    dilemmaId: 'd1',
    round: 0,
    participantId: 'pp7',
    field: 'hard',
    text: 'Stil blijven',
  },
  'v2/show-round-notes': { type: 'v2/show-round-notes', dilemmaId: 'd1', round: 0 },
  'projector/harvest-screen': { type: 'projector/harvest-screen', screen: 'tension-map' },
  'report/finding-choice': {
    type: 'report/finding-choice',
    key: 'd1.tippingPoint|name|anouk',
    choice: 'keep',
  },
  'lookback/set-state': { type: 'lookback/set-state', id: 'f40', state: 'done' },
  'lookback/show': { type: 'lookback/show', shown: true },
}

/**
 * Something of everything: people, a phase under way with its timer running, a paused round,
 * a break, tallies, speakers, harvest.
 */
function richSession(): Session {
  let session = withParticipants(sessionWith(3), ['Anna', 'Bram', 'Chris', 'Dirk', 'Eva'])
  session = changeDilemma(session, 'd1', (d) => ({
    ...d,
    tally: { open: 2, integer: 1 },
    variant2: {
      principleIds: ['open', 'integer', 'dienstbaar'],
      rounds: [{ speakers: ['pp7', 'pp8', null, null] }],
    },
  }))
  return {
    ...session,
    currentPhaseId: 'ph4',
    currentDilemmaId: 'd1',
    harvest: {
      threads: [
        { id: 'h50', text: 'een' },
        { id: 'h51', text: 'twee' },
      ],
      insights: [],
      followUps: [{ id: 'f52', what: 'iets', who: '', due: '' }],
    },
    lookBack: {
      from: { title: 'Eerste sessie', date: '2026-10-01' },
      followUps: [{ id: 'f40', what: 'Nagaan', who: 'teamleider', due: '', state: 'open' }],
      shown: false,
    },
    timers: {
      phase: { durationMs: 20 * 60_000, startedAt: T0, accumulatedMs: 0 },
      round: { durationMs: 3 * 60_000, startedAt: null, accumulatedMs: 60_000 },
      breakEndsAt: T0 + 5 * 60_000,
    },
    nextSeq: 60,
  }
}

interface Domain {
  readonly prefix: string
  readonly types: readonly string[]
  apply(state: Session, input: unknown, now: number): ReduceResult
}

function typesOf(schemas: readonly { shape: { type: { value: string } } }[]): string[] {
  return schemas.map((schema) => schema.shape.type.value)
}

type AnyReducer = (state: Session, command: SessionCommand, now: number) => ReduceResult

/** Each domain as the reducer sees it: its own types, applied by its own reducer directly. */
const DOMAINS: readonly Domain[] = COMMAND_DOMAINS.map((domain) => ({
  prefix: domain.prefix,
  types: typesOf(domain.schemas),
  apply: (s, input, now) =>
    (domain.reduce as AnyReducer)(
      s,
      z.discriminatedUnion('type', [...domain.schemas]).parse(input) as SessionCommand,
      now,
    ),
}))

const ALL_TYPES = typesOf(commandSchema.options)
const HISTORY_TYPES = typesOf(historyCommandSchemas)
const SAMPLE_LIST = Object.values(SAMPLES) as CommandInput[]

describe('the command union', () => {
  it('has a sample for every command type, and nothing else', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(
      ALL_TYPES.filter((t) => !HISTORY_TYPES.includes(t)).sort(),
    )
    for (const [type, sample] of Object.entries(SAMPLES)) expect(sample.type).toBe(type)
  })

  it('is exactly the domains plus undo and redo, each type in one domain only', () => {
    const domainTypes = DOMAINS.flatMap((d) => d.types)
    expect(new Set(domainTypes).size).toBe(domainTypes.length)
    expect([...domainTypes, ...HISTORY_TYPES].sort()).toEqual([...ALL_TYPES].sort())
    expect(HISTORY_TYPES.sort()).toEqual(['history/redo', 'history/undo'])
  })

  it('names every type domain/action', () => {
    for (const type of ALL_TYPES) expect(type).toMatch(/^[a-z0-9]+\/[a-z-]+$/)
  })

  it('gives each domain one prefix of its own, and every type of a domain that prefix', () => {
    const prefixes = DOMAINS.map((d) => d.prefix)
    expect(new Set(prefixes).size).toBe(prefixes.length)
    for (const domain of DOMAINS)
      for (const type of domain.types) expect(type.startsWith(domain.prefix), type).toBe(true)
  })

  it('tells history commands apart from session commands', () => {
    for (const type of HISTORY_TYPES) {
      const parsed = parseCommand({ type })
      expect(parsed.ok && isHistoryCommand(parsed.command)).toBe(true)
    }
    for (const sample of SAMPLE_LIST) expect(isHistoryCommand(parse(sample))).toBe(false)
  })
})

describe('the root reducer routes every command to its domain', () => {
  it.each(SAMPLE_LIST.map((sample) => [sample.type, sample] as const))(
    '%s is accepted and changes the session',
    (_type, sample) => {
      const state = deepFreeze(richSession())
      const result = reduce(state, parse(sample), NOW)
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.session).not.toBe(state)
      expect(result.session.updatedAt).toBe(NOW)
      const check = sessionSchema.safeParse(result.session)
      expect(check.success, check.error?.message).toBe(true)
    },
  )

  it.each(SAMPLE_LIST.map((sample) => [sample.type, sample] as const))(
    '%s gives what its own domain reducer gives',
    (type, sample) => {
      const owners = DOMAINS.filter((d) => d.types.includes(type))
      expect(owners).toHaveLength(1)
      const owner = owners[0]
      if (!owner) return
      const viaRoot = reduce(deepFreeze(richSession()), parse(sample), NOW)
      const direct = owner.apply(deepFreeze(richSession()), sample, NOW)
      expect(direct.ok).toBe(true)
      expect(viaRoot).toEqual(
        direct.ok ? { ok: true, session: { ...direct.session, updatedAt: NOW } } : direct,
      )
    },
  )

  it.each(SAMPLE_LIST.map((sample) => [sample.type, sample] as const))(
    '%s does not mutate its input and is deterministic',
    (_type, sample) => {
      const state = richSession()
      const before = clone(state)
      const frozen = deepFreeze(state)
      const first = reduce(frozen, parse(sample), NOW)
      expect(frozen).toEqual(before)
      expect(reduce(deepFreeze(richSession()), parse(sample), NOW)).toEqual(first)
    },
  )

  it('rejections of known commands never say invalid-command for a valid command', () => {
    // Every sample on a fresh session: whatever the outcome, it is a domain answer.
    for (const sample of SAMPLE_LIST) {
      const result = reduce(deepFreeze(sessionWith(0)), parse(sample), T0)
      expect(typeof result.ok).toBe('boolean')
      if (!result.ok) {
        expect(result.error.code).not.toBe('invalid-command')
        expect(result.error.code).toMatch(/^(unknown-[a-z]+|invalid-state|limit-reached)$/)
      }
    }
  })
})

describe('parseCommand never throws', () => {
  const knownType = fc.constantFrom(...ALL_TYPES)

  it('on anything at all (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        const result = parseCommand(input)
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok) expect(result.error.code).toBe('invalid-command')
      }),
      { numRuns: 500, seed: 11 },
    )
  })

  it('on every known type with random fields (property)', () => {
    fc.assert(
      fc.property(
        knownType,
        fc.dictionary(
          fc.constantFrom(
            'id',
            'title',
            'text',
            'names',
            'principleIds',
            'principles',
            'slot',
            'seed',
            'delta',
            'count',
            'toIndex',
            'list',
            'field',
            'status',
            'locale',
            'timer',
            'minutes',
            'blackout',
            'fontScale',
            'theme',
            'roundMinutes',
            'warningMinutes',
            'roundSound',
            'pulse',
            '__proto__',
            'constructor',
          ),
          fc.anything(),
        ),
        (type, fields) => {
          const result = parseCommand({ ...fields, type })
          expect(typeof result.ok).toBe('boolean')
          if (result.ok) expect(result.command.type).toBe(type)
          else expect(result.error.detail.length).toBeGreaterThan(0)
        },
      ),
      { numRuns: 1000, seed: 12 },
    )
  })

  it('on every sample with one field replaced by anything (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLE_LIST), fc.anything(), (sample, value) => {
        for (const key of Object.keys(sample)) {
          const result = parseCommand({ ...sample, [key]: value })
          expect(typeof result.ok).toBe('boolean')
        }
      }),
      { numRuns: 500, seed: 13 },
    )
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('on values that throw when read', () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom')
        },
      },
    )
    const getter = Object.defineProperty({ type: 'dilemma/add' }, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom')
      },
    })
    for (const input of [trap, getter]) {
      expect(parseCommand(input)).toEqual({
        ok: false,
        error: { code: 'invalid-command', detail: '(command): unreadable' },
      })
    }
  })
})
