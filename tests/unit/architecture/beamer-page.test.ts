import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import enBeamer from '../../../renderer/src/common/i18n/en/beamer'
import nlBeamer from '../../../renderer/src/common/i18n/nl/beamer'
import { moduleGraph } from '../../support/module-graph'
import { fromRoot, PROJECT_ROOT } from '../../support/paths'

/**
 * The beamer's page loads only what it shows (issue 18): the projector window's code reaches no
 * zod and none of the presenter's texts, and every text its views ask for is among the beamer's
 * own, in both languages — a key missing there would put the key itself on the screen.
 */
const ENTRY = 'renderer/src/projector/main.ts'
const atStart = moduleGraph(ENTRY, { lazy: false })
const everything = moduleGraph(ENTRY, { lazy: true })
const name = (file: string): string => relative(PROJECT_ROOT, file)

/** `t('a.b')`, `$t("a.b")`, `te('a.b')` and `<i18n-t keypath="a.b">`: keys written out. */
const LITERAL_KEY = /(?:\$?\bt[ce]?\(\s*|\bkeypath=)(['"])([A-Za-z]\w*(?:\.[\w-]+)+)\1/g
/** `` t(`a.b.${kind}`) ``: a key built at run time; its fixed part names a group of texts. */
const BUILT_KEY = /\$?\bt[ce]?\(\s*`([A-Za-z][\w.-]*)\.\$\{/g

interface KeyUse {
  readonly key: string
  readonly where: string
}

function keysUsed(pattern: RegExp, group: number): KeyUse[] {
  return [...everything.files]
    .filter((file) => file.startsWith(fromRoot('renderer/src')))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => ({
        key: match[group] ?? '',
        where: name(file),
      })),
    )
}

function lookUp(messages: object, key: string): unknown {
  let node: unknown = messages
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Readonly<Record<string, unknown>>)[part]
  }
  return node
}

const LANGUAGES = [
  ['nl', nlBeamer],
  ['en', enBeamer],
] as const

describe('the beamer page loads only what it shows', () => {
  it('reaches the stage through its entry (the walk follows the real imports)', () => {
    expect(atStart.files).toContain(fromRoot('renderer/src/stage/ProjectorStage.vue'))
    expect(everything.files).toContain(fromRoot('renderer/src/stage/views/WelcomeView.vue'))
    expect(atStart.files).not.toContain(fromRoot('renderer/src/stage/views/WelcomeView.vue'))
  })

  it('loads no zod, not even in the views it loads later', () => {
    expect([...everything.packages]).not.toContain('zod')
    expect([...everything.packages].filter((pkg) => pkg.startsWith('@zod'))).toEqual([])
  })

  it('loads none of the presenter’s code or texts', () => {
    const presenterOnly = [...everything.files]
      .map(name)
      .filter(
        (file) =>
          file.startsWith('renderer/src/presenter/') ||
          /^renderer\/src\/common\/i18n\/(nl|en)(\.ts|\/(?!beamer\.ts))/.test(file) ||
          file === 'renderer/src/common/i18n/index.ts' ||
          file === 'renderer/src/common/i18n/presenter-i18n.ts',
      )
    expect(presenterOnly).toEqual([])
  })

  it('loads its English texts only when a session asks for them', () => {
    expect(atStart.files).toContain(fromRoot('renderer/src/common/i18n/nl/beamer.ts'))
    expect(atStart.files).not.toContain(fromRoot('renderer/src/common/i18n/en/beamer.ts'))
    expect(everything.files).toContain(fromRoot('renderer/src/common/i18n/en/beamer.ts'))
  })
})

describe('the beamer’s texts cover its views', () => {
  const literal = keysUsed(LITERAL_KEY, 2)
  const built = keysUsed(BUILT_KEY, 1)

  it('finds the texts the views ask for (the scan itself works)', () => {
    expect(literal.map((use) => use.key)).toContain('projector.welcomeFacilitators')
    expect(built.map((use) => use.key)).toContain('timers.names')
  })

  it.each(LANGUAGES)('has every key written out in the views (%s)', (_locale, messages) => {
    const missing = literal.filter((use) => typeof lookUp(messages, use.key) !== 'string')
    expect(missing).toEqual([])
  })

  it.each(LANGUAGES)('has every group a key is built in (%s)', (_locale, messages) => {
    const missing = built.filter((use) => {
      const group = lookUp(messages, use.key)
      return typeof group !== 'object' || group === null || Object.keys(group).length === 0
    })
    expect(missing).toEqual([])
  })
})
