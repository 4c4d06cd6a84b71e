import fc from 'fast-check'
import { EXAMPLE_DILEMMAS } from '@core/commands/domains/dilemmas'
import { commandSchema, type CommandErrorCode, type CommandInput } from '@core/commands/schema'
import {
  BLACKOUTS,
  CASE_TEXT_FIELDS,
  DILEMMA_STATUSES,
  FOLLOW_UP_STATES,
  HARVEST_LISTS,
  PHASE_KINDS,
  PROJECTOR_THEMES,
  PROJECTOR_TIMERS,
  TIMER_NAMES,
  type Session,
} from '@core/session/schema'

// Random commands for the property tests, built from the session they will meet so that most
// use ids that exist and are accepted.

/** A step's numbers pick the command and its arguments; then the clock moves on by waitMs. */
export interface Step {
  readonly pick: number
  readonly a: number
  readonly b: number
  readonly text: string
  readonly waitMs: number
}

const colours = ['#1d4e89', '#6a2c91', '#005f73', '#a1262d', '#245c36']

function nth<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length]
}

export type Builder = readonly [weight: number, build: (s: Session, step: Step) => CommandInput]

/** One command built from the session it will meet, mostly with ids that exist. */
export const BUILDERS: readonly Builder[] = [
  [2, (_s, { text }) => ({ type: 'setup/edit', title: text })],
  [
    1,
    (_s, { a }) => ({
      type: 'setup/edit',
      variant: nth(['variant1', 'variant2', 'both'] as const, a) ?? 'both',
    }),
  ],
  [1, (_s, { a }) => ({ type: 'setup/set-locale', locale: a % 2 ? 'en' : 'nl' })],
  [
    1,
    (s, { a, text }) => ({
      type: 'principle/edit',
      id: nth(s.principles, a)?.id ?? 'open',
      name: `P ${text}`,
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'principle/edit',
      id: nth(s.principles, a)?.id ?? 'open',
      color: nth(colours, b) ?? '#000000',
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'principle/move',
      id: nth(s.principles, a)?.id ?? 'open',
      toIndex: b % 9,
    }),
  ],
  [0.3, () => ({ type: 'principle/reset-all' })],
  [
    0.3,
    (s, { a }) => ({
      type: 'principle/replace-all',
      principles: [
        ...s.principles.filter((_, i) => (i + a) % 3 !== 0),
        { id: `eigen${a % 4}`, name: 'Eigen', summary: '', explanation: '', color: '#123456' },
      ].filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i),
    }),
  ],
  [
    3,
    (_s, { a, b }) => ({
      type: 'participant/add-many',
      names: [`Deelnemer ${a % 12}`, `Gast ${b % 5}`],
    }),
  ],
  [
    1,
    (s, { a, text }) => ({
      type: 'participant/rename',
      id: nth(s.participants, a)?.id ?? 'pp1',
      name: `N ${text}`,
    }),
  ],
  [1, (s, { a }) => ({ type: 'participant/remove', id: nth(s.participants, a)?.id ?? 'pp1' })],
  [
    1,
    (s, { a, b }) => ({
      type: 'participant/set-present',
      id: nth(s.participants, a)?.id ?? 'pp1',
      present: b % 2 === 0,
    }),
  ],
  [
    1,
    (_s, { a, b }) => ({
      type: 'phase/add',
      kind: nth(PHASE_KINDS, a) ?? 'other',
      title: 'Extra',
      plannedMinutes: b % 30,
      index: b % 8,
    }),
  ],
  [2, (s, { a, text }) => ({ type: 'phase/edit', id: nth(s.phases, a)?.id ?? 'ph1', notes: text })],
  [0.5, (s, { a }) => ({ type: 'phase/remove', id: nth(s.phases, a)?.id ?? 'ph1' })],
  [1, (s, { a, b }) => ({ type: 'phase/move', id: nth(s.phases, a)?.id ?? 'ph1', toIndex: b % 8 })],
  [
    2,
    (s, { a, b }) => ({
      type: 'phase/go',
      id: b % 5 === 0 ? null : (nth(s.phases, a)?.id ?? 'ph1'),
    }),
  ],
  [2, () => ({ type: 'phase/next' })],
  [1, () => ({ type: 'phase/previous' })],
  [0.5, () => ({ type: 'phase/finish' })],
  [1, (_s, { text }) => ({ type: 'starter/edit', observation: text })],
  [
    4,
    (_s, { a, text }) => ({
      type: 'dilemma/add',
      title: `Dilemma ${text}`,
      variant: a % 2 ? 'variant2' : 'variant1',
    }),
  ],
  [
    1,
    (_s, { a, text }) => ({
      type: 'dilemma/add-many',
      titles: [`Lijst ${text}`, `Lijst ${a}`],
    }),
  ],
  [
    1,
    (_s, { a }) => ({
      type: 'dilemma/add-example',
      exampleId: nth(EXAMPLE_DILEMMAS, a)?.id ?? 'x',
    }),
  ],
  [
    2,
    (s, { a, text }) => ({
      type: 'dilemma/edit',
      id: nth(s.dilemmas, a)?.id ?? 'd1',
      description: text,
    }),
  ],
  [1, (s, { a }) => ({ type: 'dilemma/remove', id: nth(s.dilemmas, a)?.id ?? 'd1' })],
  [
    1,
    (s, { a, b }) => ({
      type: 'dilemma/move',
      id: nth(s.dilemmas, a)?.id ?? 'd1',
      toIndex: b % 10,
    }),
  ],
  [
    2,
    (s, { a, b }) => ({
      type: 'dilemma/make-current',
      id: b % 6 === 0 ? null : (nth(s.dilemmas, a)?.id ?? 'd1'),
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'dilemma/set-status',
      id: nth(s.dilemmas, a)?.id ?? 'd1',
      status: nth(DILEMMA_STATUSES, b) ?? 'queued',
    }),
  ],
  [
    2,
    (s, { a, b, text }) => ({
      type: 'dilemma/set-text',
      id: nth(s.dilemmas, a)?.id ?? 'd1',
      field: nth(CASE_TEXT_FIELDS, b) ?? 'tops',
      text,
    }),
  ],
  [
    3,
    (s, { a, b }) => ({
      type: 'tally/adjust',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      principleId: nth(s.principles, b)?.id ?? 'open',
      delta: (b % 7) - 3,
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'tally/set',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      principleId: nth(s.principles, b)?.id ?? 'open',
      count: b % 20,
    }),
  ],
  [0.5, (s, { a }) => ({ type: 'tally/reset', dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1' })],
  [
    2,
    (s, { a, b }) => ({
      type: 'v2/set-principles',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      principleIds: s.principles.slice(b % 3, (b % 3) + (a % 5)).map((p) => p.id),
    }),
  ],
  [
    2,
    (s, { a, b }) => ({
      type: 'v2/assign',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      slot: b % 4,
      participantId: b % 7 === 0 ? null : (nth(s.participants, a + b)?.id ?? 'pp1'),
    }),
  ],
  [
    2,
    (s, { a, b }) => ({
      type: 'v2/pick-speakers',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      seed: b,
    }),
  ],
  [2, (s, { a }) => ({ type: 'v2/rotate', dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1' })],
  [
    2,
    (_s, { a, text }) => ({ type: 'harvest/add', list: nth(HARVEST_LISTS, a) ?? 'threads', text }),
  ],
  [
    2,
    (s, { a, text }) => ({
      type: 'harvest/edit',
      list: 'threads',
      id: nth(s.harvest.threads, a)?.id ?? 'h1',
      text,
    }),
  ],
  [
    1,
    (s, { a }) => ({
      type: 'harvest/remove',
      list: 'insights',
      id: nth(s.harvest.insights, a)?.id ?? 'h1',
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'harvest/move',
      list: 'threads',
      id: nth(s.harvest.threads, a)?.id ?? 'h1',
      toIndex: b % 6,
    }),
  ],
  [1, (_s, { text }) => ({ type: 'harvest/add-followup', what: text, due: '2026-12-15' })],
  [
    1,
    (s, { a, text }) => ({
      type: 'harvest/edit-followup',
      id: nth(s.harvest.followUps, a)?.id ?? 'f1',
      who: text,
    }),
  ],
  [
    0.5,
    (s, { a }) => ({
      type: 'harvest/remove-followup',
      id: nth(s.harvest.followUps, a)?.id ?? 'f1',
    }),
  ],
  [
    2,
    (s, { a, b }) => ({
      type: 'projector/show-principle',
      principleId: b % 4 === 0 ? null : (nth(s.principles, a)?.id ?? 'open'),
    }),
  ],
  [
    0.5,
    (_s, { a, b }) => ({
      type: 'projector/set-timer',
      timer: nth(PROJECTOR_TIMERS, a + b) ?? 'hidden',
    }),
  ],
  [0.5, (_s, { a }) => ({ type: 'projector/blackout', blackout: nth(BLACKOUTS, a) ?? 'none' })],
  [0.5, (_s, { a }) => ({ type: 'projector/set-font-scale', fontScale: (8 + (a % 8)) / 10 })],
  [
    0.5,
    (_s, { b }) => ({ type: 'projector/set-theme', theme: nth(PROJECTOR_THEMES, b) ?? 'standard' }),
  ],
  [1.5, (_s, { a }) => ({ type: 'timer/start', timer: nth(TIMER_NAMES, a) ?? 'phase' })],
  [1.5, (_s, { a }) => ({ type: 'timer/pause', timer: nth(TIMER_NAMES, a) ?? 'phase' })],
  [0.5, (_s, { a }) => ({ type: 'timer/reset', timer: nth(TIMER_NAMES, a) ?? 'phase' })],
  [
    1,
    (_s, { a, b }) => ({
      type: 'timer/adjust',
      timer: nth(TIMER_NAMES, a) ?? 'phase',
      minutes: (b % 5) - 2,
    }),
  ],
  [0.5, (_s, { b }) => ({ type: 'timer/start-break', minutes: 1 + (b % 30) })],
  [0.5, () => ({ type: 'timer/end-break' })],
  [
    0.5,
    (_s, { a, b }) => ({
      type: 'timer/settings',
      roundMinutes: 1 + (a % 10),
      ...(b % 2 === 0
        ? { warningMinutes: b % 6 }
        : { roundSound: a % 2 === 0, pulse: b % 3 === 0 }),
    }),
  ],
  [
    0.3,
    (_s, { a, b }) => ({
      type: 'report/options',
      ...(a % 3 === 0 ? {} : { includeNames: a % 2 === 0 }),
      ...(b % 3 === 0 ? {} : { includeContributors: b % 2 === 0 }),
      ...(a % 5 === 0 ? { includeFollowUpOwners: b % 2 === 0 } : {}),
    }),
  ],
  [
    0.3,
    (_s, { a, b }) => ({
      type: 'report/finding-choice',
      key: `d${1 + (a % 3)}.tippingPoint|name|p${b % 4}`,
      choice: (['label', 'keep', 'remove', null] as const)[(a + b) % 4] ?? null,
    }),
  ],
  [
    0.4,
    (s, { a, b }) => ({
      type: 'tally/moment',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      moment: b % 2 === 0 ? 'first' : 'after',
    }),
  ],
  [
    0.3,
    (s, { a, b }) => ({
      type: 'tally/reveal',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      moment: b % 2 === 0 ? 'first' : 'after',
      revealed: a % 3 !== 0,
    }),
  ],
  [
    0.2,
    (_s, { a, b }) => ({
      type: 'projector/hide-tally',
      moment: a % 2 === 0 ? 'first' : 'after',
      hide: b % 2 === 0,
    }),
  ],
  [
    0.4,
    (s, { a, b }) => ({
      type: 'pair/mark',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      a: nth(s.principles, a)?.id ?? 'open',
      // Another principle of the deck; a one-principle deck has no pairs: an unknown one.
      b:
        s.principles.length < 2
          ? 'nergens'
          : (nth(s.principles, a + 1 + (b % (s.principles.length - 1)))?.id ?? 'integer'),
      kind: (['tension', 'common', null] as const)[b % 3] ?? null,
    }),
  ],
  [
    0.4,
    (s, { a, b, text }) => ({
      type: 'v2/set-round-text',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      round: b % 3,
      field: b % 2 === 0 ? 'tops' : 'tips',
      text,
    }),
  ],
  [
    0.4,
    (s, { a, b, text }) => ({
      type: 'v2/set-speaker-note',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      round: b % 3,
      participantId: nth(s.participants, a + b)?.id ?? 'pp1',
      field: b % 2 === 0 ? 'good' : 'hard',
      text,
    }),
  ],
  [
    0.3,
    (s, { a, b }) => ({
      type: 'v2/show-round-notes',
      dilemmaId: nth(s.dilemmas, a)?.id ?? 'd1',
      round: b % 4 === 3 ? null : b % 3,
    }),
  ],
  [
    0.2,
    (_s, { a }) => ({
      type: 'projector/harvest-screen',
      screen: a % 2 === 0 ? 'threads' : 'tension-map',
    }),
  ],
  [
    1,
    (s, { a, b }) => ({
      type: 'lookback/set-state',
      id: nth(s.lookBack.followUps, a)?.id ?? 'f1',
      state: nth(FOLLOW_UP_STATES, b) ?? 'done',
    }),
  ],
  [0.5, (_s, { a }) => ({ type: 'lookback/show', shown: a % 2 === 0 })],
  [0.2, () => ({ type: 'setup/from-template' })],
  [0.1, () => ({ type: 'setup/new-session' })],
]

const weightOf = (builders: readonly Builder[]) =>
  builders.reduce((sum, [weight]) => sum + weight, 0)

/** The command `step` picks from `builders` (by weight), built from the session it meets. */
export function commandFor(
  session: Session,
  step: Step,
  builders: readonly Builder[] = BUILDERS,
): CommandInput {
  let pick = (step.pick / 1_000_000) * weightOf(builders)
  for (const [weight, build] of builders) {
    if (pick < weight) return build(session, step)
    pick -= weight
  }
  return { type: 'phase/next' }
}

/** Every command type the reducer applies (all but undo and redo). */
export function sessionCommandTypes(): string[] {
  return commandSchema.options
    .map((schema) => schema.shape.type.value)
    .filter((type) => !type.startsWith('history/'))
    .sort()
}

export const stepArb: fc.Arbitrary<Step> = fc.record({
  pick: fc.integer({ min: 0, max: 999_999 }),
  a: fc.nat({ max: 1000 }),
  b: fc.nat({ max: 1000 }),
  text: fc
    .string({ minLength: 1, maxLength: 24, unit: 'grapheme' })
    .map((text) => (text.trim() === '' ? 'x' : text)),
  waitMs: fc.oneof(fc.integer({ min: 0, max: 2999 }), fc.integer({ min: 3000, max: 60_000 })),
})

/** What a command built from the session may be refused with: never a malformed command. */
export const DOMAIN_REFUSALS: readonly CommandErrorCode[] = [
  'unknown-dilemma',
  'unknown-principle',
  'unknown-participant',
  'unknown-phase',
  'unknown-item',
  'invalid-state',
  'limit-reached',
]
