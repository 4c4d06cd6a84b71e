import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  MAX_RECENT_FILES,
  RECENT_FILES_FILE,
  recentFilesFile,
  recentFilesSchema,
  withoutRecent,
  withRecent,
} from '@core/session-file/recent-files'
import { prettyJson, readJsonAs } from '@core/persistence/safe-json'
import { createRecentFilesStore } from '@node/persistence/recent-files-store'
import { MAX_SETTINGS_BYTES } from '@node/persistence/settings-file'

const parseRecentFiles = (text: string) =>
  readJsonAs(recentFilesSchema, text, MAX_SETTINGS_BYTES)?.paths ?? null
const serialiseRecentFiles = (list: readonly string[]) => prettyJson(recentFilesFile(list))

const NOW = Date.UTC(2026, 10, 29, 14, 0)
const paths = (count: number) => Array.from({ length: count }, (_, i) => `/s/${i}.dilemmas`)

describe('the recent list', () => {
  it('puts the newest first, each path once, at most eight', () => {
    expect(withRecent([], '/a')).toEqual(['/a'])
    expect(withRecent(['/a', '/b', '/c'], '/c')).toEqual(['/c', '/a', '/b'])
    const full = withRecent(paths(MAX_RECENT_FILES), '/new')
    expect(full).toHaveLength(8)
    expect(full[0]).toBe('/new')
    expect(full).not.toContain('/s/7.dilemmas')
  })

  it('forgets a path', () => {
    expect(withoutRecent(['/a', '/b'], '/a')).toEqual(['/b'])
    expect(withoutRecent(['/a'], '/x')).toEqual(['/a'])
  })

  it('round-trips through its file text', () => {
    expect(parseRecentFiles(serialiseRecentFiles(paths(3)))).toEqual(paths(3))
    expect(parseRecentFiles(serialiseRecentFiles(paths(12)))).toEqual(paths(8))
  })

  it.each([
    ['not JSON', '{kapot'],
    ['another version', JSON.stringify({ version: 2, paths: [] })],
    ['an empty path', JSON.stringify({ version: 1, paths: [''] })],
    ['too many paths', JSON.stringify({ version: 1, paths: paths(9) })],
    ['an unknown field', JSON.stringify({ version: 1, paths: [], extra: 1 })],
  ])('refuses a list that is %s', (_label, text) => {
    expect(parseRecentFiles(text)).toBeNull()
  })
})

describe('createRecentFilesStore', () => {
  let dir: string
  const file = () => join(dir, RECENT_FILES_FILE)

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dd-recent-'))
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('starts empty without a file', async () => {
    expect(await createRecentFilesStore(dir, () => NOW).load()).toEqual({
      paths: [],
      movedAside: null,
    })
  })

  it('saves atomically and reads the list back, leaving no temp files', async () => {
    const sub = join(dir, 'nog-niet-aangemaakt')
    await createRecentFilesStore(sub, () => NOW).save(paths(2))
    expect(await createRecentFilesStore(sub, () => NOW).load()).toEqual({
      paths: paths(2),
      movedAside: null,
    })
    expect(await readdir(sub)).toEqual([RECENT_FILES_FILE])
  })

  it('lets the last of quick successive saves win', async () => {
    const store = createRecentFilesStore(dir, () => NOW)
    await Promise.all([1, 2, 3, 4].map((count) => store.save(paths(count))))
    expect((await store.load()).paths).toEqual(paths(4))
  })

  it('moves a damaged list aside, never deleting it, and starts empty', async () => {
    await writeFile(file(), '{"version":1, kapot')
    const store = createRecentFilesStore(dir, () => NOW)
    const loaded = await store.load()
    expect(loaded.paths).toEqual([])
    expect(loaded.movedAside).toBe(
      join(dir, 'recent-session-files.beschadigd-2026-11-29T14-00-00-000Z.json'),
    )
    expect(await readFile(loaded.movedAside ?? '', 'utf8')).toBe('{"version":1, kapot')
    await store.save(paths(1))
    expect((await store.load()).paths).toEqual(paths(1))
    expect(await readdir(dir)).toHaveLength(2)
  })

  it('leaves an unreadable list alone and never writes over it', async () => {
    await mkdir(file())
    const store = createRecentFilesStore(dir, () => NOW)
    expect(await store.load()).toEqual({ paths: [], movedAside: null })
    await store.save(paths(1))
    expect(await readdir(file())).toEqual([])
  })

  it('reports a failing write and keeps going', async () => {
    const blocker = join(dir, 'een-bestand')
    await writeFile(blocker, 'x')
    const store = createRecentFilesStore(join(blocker, 'sub'), () => NOW)
    await expect(store.save(paths(1))).rejects.toThrow()
    await expect(store.save(paths(1))).rejects.toThrow()
  })
})
