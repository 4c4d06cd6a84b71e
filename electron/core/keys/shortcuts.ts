/**
 * Every presenter shortcut as data: the keys, what they do, how the overview names them and
 * whether a presentation clicker sends them. One table feeds the keydown listener and the
 * shortcut overview (F1), so the two can never disagree.
 */

export const SHORTCUT_ACTIONS = [
  'next',
  'previous',
  'black',
  'pause',
  'present',
  'leave',
  'timer',
  'rotate',
  'overview',
  'undo',
  'redo',
  'tally-add',
  'tally-remove',
  'save-file',
  'save-file-as',
  'open-file',
] as const
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number]

/** Keys as the overview writes them; each has a name in the `keys.names` messages. */
export const KEY_TOKENS = [
  'PageDown',
  'PageUp',
  'ArrowRight',
  'ArrowLeft',
  'ArrowDown',
  'ArrowUp',
  'B',
  'Period',
  'W',
  'F5',
  'Escape',
  'Space',
  'R',
  'F1',
  'Question',
  'Ctrl',
  'Shift',
  'Z',
  'Y',
  'S',
  'O',
  'Digits',
] as const
export type KeyToken = (typeof KEY_TOKENS)[number]

export const SHORTCUT_GROUPS = ['beamer', 'casework', 'general'] as const
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number]

/** Which listener in the presenter acts on a shortcut. */
export type ShortcutHandler = 'presenter-keys' | 'undo-keys' | 'tally-keys' | 'file-keys'

export interface Shortcut {
  readonly action: ShortcutAction
  readonly group: ShortcutGroup
  /** Each way to press it; a way is one key or a combination held together. */
  readonly combos: readonly (readonly KeyToken[])[]
  /** A presentation clicker sends (one of) these keys. */
  readonly clicker: boolean
  readonly handler: ShortcutHandler
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'next',
    group: 'beamer',
    combos: [['PageDown'], ['ArrowRight'], ['ArrowDown']],
    clicker: true,
    handler: 'presenter-keys',
  },
  {
    action: 'previous',
    group: 'beamer',
    combos: [['PageUp'], ['ArrowLeft'], ['ArrowUp']],
    clicker: true,
    handler: 'presenter-keys',
  },
  {
    action: 'black',
    group: 'beamer',
    combos: [['B'], ['Period']],
    clicker: true,
    handler: 'presenter-keys',
  },
  { action: 'pause', group: 'beamer', combos: [['W']], clicker: false, handler: 'presenter-keys' },
  {
    action: 'present',
    group: 'beamer',
    combos: [['F5']],
    clicker: true,
    handler: 'presenter-keys',
  },
  {
    action: 'leave',
    group: 'beamer',
    combos: [['Escape']],
    clicker: true,
    handler: 'presenter-keys',
  },
  {
    action: 'timer',
    group: 'casework',
    combos: [['Space']],
    clicker: false,
    handler: 'presenter-keys',
  },
  {
    action: 'rotate',
    group: 'casework',
    combos: [['R']],
    clicker: false,
    handler: 'presenter-keys',
  },
  {
    action: 'tally-add',
    group: 'casework',
    combos: [['Digits']],
    clicker: false,
    handler: 'tally-keys',
  },
  {
    action: 'tally-remove',
    group: 'casework',
    combos: [['Shift', 'Digits']],
    clicker: false,
    handler: 'tally-keys',
  },
  {
    action: 'overview',
    group: 'general',
    combos: [['F1'], ['Question']],
    clicker: false,
    handler: 'presenter-keys',
  },
  {
    action: 'undo',
    group: 'general',
    combos: [['Ctrl', 'Z']],
    clicker: false,
    handler: 'undo-keys',
  },
  {
    action: 'redo',
    group: 'general',
    combos: [
      ['Ctrl', 'Shift', 'Z'],
      ['Ctrl', 'Y'],
    ],
    clicker: false,
    handler: 'undo-keys',
  },
  {
    action: 'save-file',
    group: 'general',
    combos: [['Ctrl', 'S']],
    clicker: false,
    handler: 'file-keys',
  },
  {
    action: 'save-file-as',
    group: 'general',
    combos: [['Ctrl', 'Shift', 'S']],
    clicker: false,
    handler: 'file-keys',
  },
  {
    action: 'open-file',
    group: 'general',
    combos: [['Ctrl', 'O']],
    clicker: false,
    handler: 'file-keys',
  },
]

/** The `KeyboardEvent.key` a single-key token sends (letters in lower case); null for the rest. */
const EVENT_KEYS: Readonly<Record<KeyToken, string | null>> = {
  PageDown: 'PageDown',
  PageUp: 'PageUp',
  ArrowRight: 'ArrowRight',
  ArrowLeft: 'ArrowLeft',
  ArrowDown: 'ArrowDown',
  ArrowUp: 'ArrowUp',
  B: 'b',
  Period: '.',
  W: 'w',
  F5: 'F5',
  Escape: 'Escape',
  Space: ' ',
  R: 'r',
  F1: 'F1',
  Question: '?',
  Ctrl: null,
  Shift: null,
  Z: null,
  Y: null,
  S: null,
  O: null,
  Digits: null,
}

/** Older and platform spellings of `KeyboardEvent.key`, mapped to the standard ones. */
const KEY_ALIASES: Readonly<Record<string, string>> = {
  Spacebar: ' ',
  Esc: 'Escape',
  Right: 'ArrowRight',
  Left: 'ArrowLeft',
  Down: 'ArrowDown',
  Up: 'ArrowUp',
}

/** A `KeyboardEvent.key` as the table stores it: standard name, single letters in lower case. */
export function normalizeKey(key: string): string {
  const standard = KEY_ALIASES[key] ?? key
  return standard.length === 1 ? standard.toLowerCase() : standard
}

const BY_KEY: ReadonlyMap<string, Shortcut> = new Map(
  SHORTCUTS.filter((s) => s.handler === 'presenter-keys').flatMap((shortcut) =>
    shortcut.combos.flatMap((combo) => {
      const [token, ...rest] = combo
      const key = token && rest.length === 0 ? EVENT_KEYS[token] : null
      return key === null ? [] : [[key, shortcut] as const]
    }),
  ),
)

/** The shortcut the presenter keys listener runs for a pressed key, or null. */
export function presenterShortcutFor(key: string): Shortcut | null {
  return BY_KEY.get(normalizeKey(key)) ?? null
}

/** Keys that move within a list when the focus is in one, rather than stepping the programme. */
export const LIST_KEYS: ReadonlySet<string> = new Set(['ArrowDown', 'ArrowUp'])

/** Keys that a focused widget such as a slider, a radio group or a tab list uses itself. */
export const ARROW_KEYS: ReadonlySet<string> = new Set([
  'ArrowDown',
  'ArrowUp',
  'ArrowLeft',
  'ArrowRight',
])
