import { describe, expect, it } from 'vitest'
import type { CommandInput } from '@core/commands/schema'
import { parseAutosave, serialiseAutosave } from '@core/persistence/autosave-format'
import { LIMITS, type Session } from '@core/session/schema'
import { sessionWith, withParticipants } from './fixtures'
import { accepted, expectInvalid, NOW } from './reduce-helpers'

// Every text a command puts into the session keeps to the session's own bound: a command
// schema that allowed one character more would leave a session the next start cannot load.

const start = (): Session => withParticipants(sessionWith(1), ['Anna'])
const ANNA = start().participants[0]?.id ?? 'pp?'
const longest = (max: number) => 'x'.repeat(max)

/** Each typed text, by command, with the session's bound for it. */
const TEXTS: readonly [label: string, max: number, command: (text: string) => CommandInput][] = [
  ['session title', LIMITS.shortText, (text) => ({ type: 'setup/edit', title: text })],
  ['place', LIMITS.shortText, (text) => ({ type: 'setup/edit', location: text })],
  ['facilitator', 80, (text) => ({ type: 'setup/edit', facilitators: [text] })],
  ['more info', LIMITS.shortText, (text) => ({ type: 'setup/edit', moreInfo: text })],
  ['dilemma title', LIMITS.titleLength, (text) => ({ type: 'dilemma/add', title: text })],
  [
    'dilemma description',
    LIMITS.longText,
    (text) => ({ type: 'dilemma/edit', id: 'd1', description: text }),
  ],
  [
    'contributor',
    LIMITS.shortText,
    (text) => ({ type: 'dilemma/edit', id: 'd1', contributor: text }),
  ],
  [
    'case text',
    LIMITS.longText,
    (text) => ({ type: 'dilemma/set-text', id: 'd1', field: 'tips', text }),
  ],
  ['participant', 80, (text) => ({ type: 'participant/add-many', names: [text] })],
  ['participant renamed', 80, (text) => ({ type: 'participant/rename', id: ANNA, name: text })],
  [
    'principle name',
    LIMITS.principleNameLength,
    (text) => ({ type: 'principle/edit', id: 'open', name: text }),
  ],
  [
    'principle summary',
    LIMITS.principleSummaryLength,
    (text) => ({ type: 'principle/edit', id: 'open', summary: text }),
  ],
  [
    'principle explanation',
    LIMITS.principleExplanationLength,
    (text) => ({ type: 'principle/edit', id: 'open', explanation: text }),
  ],
  [
    'phase title',
    LIMITS.shortText,
    (text) => ({ type: 'phase/add', kind: 'other', title: text, plannedMinutes: 5 }),
  ],
  ['phase notes', LIMITS.longText, (text) => ({ type: 'phase/edit', id: 'ph1', notes: text })],
  [
    'starter statement',
    LIMITS.shortText * 2,
    (text) => ({ type: 'starter/edit', statement: text }),
  ],
  ['starter end', LIMITS.shortText, (text) => ({ type: 'starter/edit', leftEnd: text })],
  ['observation', LIMITS.longText, (text) => ({ type: 'starter/edit', observation: text })],
  ['thread', LIMITS.longText, (text) => ({ type: 'harvest/add', list: 'threads', text })],
  ['follow-up', LIMITS.longText, (text) => ({ type: 'harvest/add-followup', what: text })],
  ['who', LIMITS.shortText, (text) => ({ type: 'harvest/add-followup', who: text })],
]

describe('texts at their longest', () => {
  it.each(TEXTS)('a %s of %i characters is kept, and the session loads again', (_l, max, make) => {
    const next = accepted(start(), make(longest(max)))
    const parsed = parseAutosave(serialiseAutosave({ revision: 1, session: next }, NOW))
    expect(parsed.ok && parsed.file.session).toEqual(next)
  })

  it.each(TEXTS)('a %s one character longer than %i is refused', (_l, max, make) => {
    expectInvalid(make(longest(max + 1)))
  })
})
