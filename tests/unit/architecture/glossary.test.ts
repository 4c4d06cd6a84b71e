import { existsSync, readdirSync, readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { nl as reportNl } from '../../../electron/core/report/report-texts-nl'
import { mainTexts } from '../../../electron/main/texts'
import { menuDialogsNl, menuNl } from '../../../electron/main/texts/menu-nl'
import { startupNl } from '../../../electron/main/texts/startup'
import type { KeptReason } from '../../../electron/node/persistence/kept-files'
import nlMessages from '../../../renderer/src/common/i18n/nl'
import deck from '../../../resources/decks/default.nl.json'
import sessionDefaults from '../../../resources/defaults/session.json'
import examples from '../../../resources/examples/dilemmas.nl.json'
import { fromRoot } from '../../support/paths'

/**
 * The glossary (shared/GLOSSARY.md) kept: every Dutch text a user reads — the pages' messages, the
 * main process's dialogs and window titles, the menu, the report, the default session, the
 * standard principles and example dilemmas, the pages' HTML titles — avoids the words in its
 * "not" column and follows its forms. Only string values count: keys, comments and identifiers
 * in code are no user text. A function's texts are the string literals in its code.
 */

interface Text {
  /** Where it lives: file and key, e.g. "…/i18n/nl/queue.ts › queue.statuses.current". */
  readonly where: string
  readonly text: string
}

/** The string literals and template pieces in a function's code. */
function literalsOf(fn: (...args: never[]) => unknown): string[] {
  const source = ts.createSourceFile(
    'text.ts',
    `const f = ${fn.toString()}`,
    ts.ScriptTarget.Latest,
  )
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
      found.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Every string value under `value`, with its key path; functions give their literals. */
function textsIn(value: unknown, where: string, skipKeys: readonly string[] = []): Text[] {
  if (typeof value === 'string') return [{ where, text: value }]
  if (typeof value === 'function')
    return literalsOf(value as (...args: never[]) => unknown).map((text) => ({
      where: `${where}()`,
      text,
    }))
  if (Array.isArray(value))
    return value.flatMap((item, index) => textsIn(item, `${where}[${index}]`, skipKeys))
  if (value !== null && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => !skipKeys.includes(key))
      .flatMap(([key, item]) =>
        textsIn(item, where.endsWith('›') ? `${where} ${key}` : `${where}.${key}`, skipKeys),
      )
  return []
}

/** vue-i18n's literal interpolation {'@'}: the quotes are syntax, the character is the text. */
const withoutI18nSyntax = (texts: Text[]): Text[] =>
  texts.map(({ where, text }) => ({ where, text: text.replace(/\{'([^']*)'\}/g, '$1') }))

/** Every kept-file reason, so keptDetail is read with all its closure's texts. */
const EVERY_KEPT_REASON: Record<KeptReason, null> = {
  'is-folder': null,
  'not-a-file': null,
  'no-access': null,
  'folder-blocked': null,
  'cannot-move': null,
  'cannot-archive': null,
  other: null,
}

/** The visible text of a page's HTML before any script runs: its title and its markup's text. */
function htmlTexts(file: string): Text[] {
  const html = readFileSync(fromRoot(file), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
  return [...html.matchAll(/>([^<>]+)</g)]
    .map((match) => (match[1] ?? '').trim())
    .filter((text) => text !== '')
    .map((text) => ({ where: `${file} ›`, text }))
}

/** The pages' Dutch messages, each group named by its file: nl/<group>.ts, or nl.ts itself. */
function messageTexts(): Text[] {
  return Object.entries(nlMessages).flatMap(([group, messages]) => {
    const own = `renderer/src/common/i18n/nl/${group}.ts`
    const file = existsSync(fromRoot(own)) ? own : 'renderer/src/common/i18n/nl.ts'
    return withoutI18nSyntax(textsIn({ [group]: messages }, `${file} ›`))
  })
}

const TEXTS: readonly Text[] = [
  ...messageTexts(),
  ...textsIn(mainTexts('nl'), 'electron/main/texts.ts (nl) ›', ['startup', 'menu', 'menuDialogs']),
  ...textsIn(startupNl, 'electron/main/texts/startup.ts (startupNl) ›'),
  {
    where: 'electron/main/texts/startup.ts (startupNl) › keptDetail(every reason)',
    text: startupNl.keptDetail(
      'map',
      (Object.keys(EVERY_KEPT_REASON) as KeptReason[]).map((reason) => ({ path: 'pad', reason })),
      false,
    ),
  },
  ...textsIn(menuNl, 'electron/main/texts/menu-nl.ts (menuNl) ›'),
  ...textsIn(menuDialogsNl, 'electron/main/texts/menu-nl.ts (menuDialogsNl) ›'),
  ...textsIn(reportNl, 'electron/core/report/report-texts-nl.ts ›', ['tag']),
  ...textsIn(sessionDefaults.nl, 'resources/defaults/session.json › nl', ['kind']),
  ...textsIn(deck, 'resources/decks/default.nl.json ›', ['format', 'id', 'color']),
  ...textsIn(examples, 'resources/examples/dilemmas.nl.json ›', ['id']),
  ...['renderer/presenter.html', 'renderer/projector.html', 'renderer/identify.html'].flatMap(
    htmlTexts,
  ),
]

/** The glossary's "not" column, as whole words (case does not matter). */
const NOT_WORDS = [
  'presentator',
  'presentatoren',
  'presentatorvenster',
  'facilitator',
  'facilitators',
  'trainer',
  'trainers',
  'projector',
  'projectoren',
  'projectorvenster',
  'workshop',
  'workshops',
  'waarde',
  'waarden',
  'kernwaarde',
  'kernwaarden',
  'indiener',
  'indieners',
  'actueel',
  'actuele',
  'observatoren',
  'observator',
  'toeschouwers',
  'toeschouwer',
  'overlap',
  'oogst',
  'rapport',
  'report',
  'share',
  'netwerkschijf',
  'helemaal niet',
  'helemaal wel',
  'opzij gezet',
]

/** Whole words only: "waarde" must not trip on "voorwaarde", nor "report" on "reporter". */
const wholeWord = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu')

/** "draad" and "draden" alone: the glossary says "rode draad" (and "rode draden"). */
const LONE_THREAD = /(?<![\p{L}\p{N}])(?<!rode\s)(draad|draden)(?![\p{L}\p{N}])/iu

/** A time as "13:30 uur": government style writes "13.30 uur". A bare "05:00" clock is fine. */
const COLON_TIME_WITH_UUR = /\d:\d{2}\s+uur\b/u

/** Buttons are infinitives: the imperatives the glossary names, as a label starts with them. */
const IMPERATIVE_LABEL =
  /^(Toon groot|Toon op|Kopieer|Pauzeer|Hervat|Bespreek|Markeer|Wissel|Start)(?![\p{L}\p{N}])[^.?!]*$/u

/** Labels that are never a button on their own: "Opnieuw doen" and "Terugzetten" say what. */
const LONE_LABELS = ['Opnieuw', 'Start']

function offences(check: (text: string) => string | null): string[] {
  return TEXTS.flatMap(({ where, text }) => {
    const found = check(text)
    return found === null ? [] : [`${where}: “${found}” in “${text}”`]
  })
}

describe('the glossary in every Dutch text a user reads', () => {
  it('collects the texts from every source', () => {
    const sources = new Set(TEXTS.map(({ where }) => where.split(' ')[0]))
    expect([...sources].sort()).toEqual(
      [
        'electron/core/report/report-texts-nl.ts',
        'electron/main/texts.ts',
        'electron/main/texts/menu-nl.ts',
        'electron/main/texts/startup.ts',
        'renderer/identify.html',
        'renderer/presenter.html',
        'renderer/projector.html',
        'renderer/src/common/i18n/nl.ts',
        // Every file of Dutch messages is reached through nl.ts. The beamer's texts are merged
        // into the sections they belong to, and are read (and named) there.
        ...readdirSync(fromRoot('renderer/src/common/i18n/nl'))
          .filter((file) => file !== 'beamer.ts')
          .map((file) => `renderer/src/common/i18n/nl/${file}`),
        'resources/decks/default.nl.json',
        'resources/defaults/session.json',
        'resources/examples/dilemmas.nl.json',
      ].sort(),
    )
    // A few known values, so a broken walk cannot pass by finding nothing.
    expect(TEXTS.length).toBeGreaterThan(500)
    expect(TEXTS.map(({ text }) => text)).toEqual(
      expect.arrayContaining([nlMessages.queue.statuses.queued, menuNl.undo, reportNl.moreInfo]),
    )
  })

  it('matches whole words only', () => {
    expect(wholeWord('waarde').test('onder voorwaarde dat')).toBe(false)
    expect(wholeWord('waarde').test('een waarde, of twee')).toBe(true)
    expect(wholeWord('helemaal niet').test('Helemaal  niet')).toBe(true)
    expect(LONE_THREAD.test('een rode draad')).toBe(false)
    expect(LONE_THREAD.test('Nieuwe draad')).toBe(true)
    expect(COLON_TIME_WITH_UUR.test('Tijd: 13:30 uur')).toBe(true)
    expect(COLON_TIME_WITH_UUR.test('nog 05:00')).toBe(false)
    expect(IMPERATIVE_LABEL.test('Toon groot')).toBe(true)
    expect(IMPERATIVE_LABEL.test('Start het programma: dan loopt de timer vanzelf.')).toBe(false)
    expect(IMPERATIVE_LABEL.test('Starten')).toBe(false)
  })

  it('uses no word from the "not" column', () => {
    expect(
      offences((text) => NOT_WORDS.find((word) => wholeWord(word).test(text)) ?? null),
    ).toEqual([])
  })

  it('says "rode draad", never "draad" alone', () => {
    expect(offences((text) => LONE_THREAD.exec(text)?.[0] ?? null)).toEqual([])
  })

  it('writes the typographic apostrophe ’, never the straight one', () => {
    expect(offences((text) => (text.includes("'") ? "'" : null))).toEqual([])
  })

  it('writes times as "13.30 uur", not "13:30 uur"', () => {
    expect(offences((text) => COLON_TIME_WITH_UUR.exec(text)?.[0] ?? null)).toEqual([])
  })

  it('names buttons in the infinitive: "Groot tonen", "Kopiëren", "Nu bespreken"', () => {
    expect(
      offences((text) =>
        LONE_LABELS.includes(text.trim()) ? text : (IMPERATIVE_LABEL.exec(text)?.[1] ?? null),
      ),
    ).toEqual([])
  })
})
