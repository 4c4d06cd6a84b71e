/**
 * The `KeyboardEvent.key` a single-key token sends (letters in lower case); null for the keys
 * that only come in combinations. Each token has a name in the `keys.names` messages.
 */
const EVENT_KEYS = {
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
  Enter: null,
} as const satisfies Record<string, string | null>

/** Keys as the overview writes them. */
export type KeyToken = keyof typeof EVENT_KEYS
export const KEY_TOKENS = Object.keys(EVENT_KEYS) as readonly KeyToken[]

export const SHORTCUT_GROUPS = ['beamer', 'casework', 'general'] as const
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number]

/** Which listener in the presenter acts on a shortcut. */
export type ShortcutHandler = 'presenter-keys' | 'undo-keys' | 'tally-keys' | 'file-keys'

/** Each way to press a shortcut; a way is one key or a combination held together. */
type Combos = readonly (readonly KeyToken[])[]

/** A presentation clicker sends (one of) these keys. */
const CLICKER = true

const row = <Action extends string>(
  action: Action,
  group: ShortcutGroup,
  combos: Combos,
  handler: ShortcutHandler,
  clicker = false,
) => ({ action, group, combos, handler, clicker })

const TABLE = [
  row('next', 'beamer', [['PageDown'], ['ArrowRight'], ['ArrowDown']], 'presenter-keys', CLICKER),
  row('previous', 'beamer', [['PageUp'], ['ArrowLeft'], ['ArrowUp']], 'presenter-keys', CLICKER),
  row('black', 'beamer', [['B'], ['Period']], 'presenter-keys', CLICKER),
  row('pause', 'beamer', [['W']], 'presenter-keys'),
  row('present', 'beamer', [['F5']], 'presenter-keys', CLICKER),
  row('leave', 'beamer', [['Escape']], 'presenter-keys', CLICKER),
  row('timer', 'casework', [['Space']], 'presenter-keys'),
  row('rotate', 'casework', [['R']], 'presenter-keys'),
  row('tally-add', 'casework', [['Digits']], 'tally-keys'),
  row('tally-remove', 'casework', [['Shift', 'Digits']], 'tally-keys'),
  row('tally-reveal', 'casework', [['Enter']], 'tally-keys'),
  row('overview', 'general', [['F1'], ['Question']], 'presenter-keys'),
  row('undo', 'general', [['Ctrl', 'Z']], 'undo-keys'),
  row(
    'redo',
    'general',
    [
      ['Ctrl', 'Shift', 'Z'],
      ['Ctrl', 'Y'],
    ],
    'undo-keys',
  ),
  row('save-file', 'general', [['Ctrl', 'S']], 'file-keys'),
  row('save-file-as', 'general', [['Ctrl', 'Shift', 'S']], 'file-keys'),
  row('open-file', 'general', [['Ctrl', 'O']], 'file-keys'),
]

export type ShortcutAction = (typeof TABLE)[number]['action']

export interface Shortcut {
  readonly action: ShortcutAction
  readonly group: ShortcutGroup
  readonly combos: Combos
  readonly clicker: boolean
  readonly handler: ShortcutHandler
}

/**
 * Every presenter shortcut as data: the keys, what they do, how the overview names them and
 * whether a clicker sends them. One table feeds the keydown listeners and the shortcut
 * overview (F1), so they can never disagree.
 */
export const SHORTCUTS: readonly Shortcut[] = TABLE
export const SHORTCUT_ACTIONS: readonly ShortcutAction[] = TABLE.map((s) => s.action)

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
