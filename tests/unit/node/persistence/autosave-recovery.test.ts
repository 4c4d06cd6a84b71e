import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serialiseAutosave } from '@core/persistence/autosave-format'
import { autosavePaths, fileStamp, type AutosavePaths } from '@node/persistence/autosave-paths'
import { archiveAutosave, recoverAutosave } from '@node/persistence/autosave-recovery'
import { createAutosaveWriter } from '@node/persistence/autosave-writer'
import type { Snapshot } from '@core/session/schema'
import { sessionWith, snapshotOf, T0 } from '../../core/fixtures'

const NOW = T0 + 3_600_000
let dir: string
let paths: AutosavePaths

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dd-recovery-'))
  paths = autosavePaths(dir)
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const mainSnapshot = snapshotOf(sessionWith(3, { currentDilemmaId: 'd3' }), 12)
const backupSnapshot = snapshotOf(sessionWith(2), 11)

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

async function put(path: string, snapshot: Snapshot, savedAt: number): Promise<void> {
  await writeFile(path, serialiseAutosave(snapshot, savedAt))
}

const validJsonWrongSchema = JSON.stringify({
  format: 'dansende-dilemmas/autosave',
  savedAt: T0,
  revision: 3,
  session: { schemaVersion: 1, dilemmas: 'geen lijst' },
})

const damaged: [string, Buffer][] = [
  ['garbage', Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x42, 0x0a, 0xc3])],
  ['truncated JSON', Buffer.from(serialiseAutosave(mainSnapshot, T0).slice(0, 200))],
  ['valid JSON with the wrong schema', Buffer.from(validJsonWrongSchema)],
  ['an empty file', Buffer.alloc(0)],
]

describe('recoverAutosave', () => {
  it('finds nothing in an empty folder', async () => {
    expect(await recoverAutosave(dir, NOW)).toEqual({ found: null, movedAside: [] })
  })

  it('finds nothing when the folder does not exist, and does not create it', async () => {
    const missing = join(dir, 'nog-niet')
    expect(await recoverAutosave(missing, NOW)).toEqual({ found: null, movedAside: [] })
    expect(await exists(missing)).toBe(false)
  })

  it('finds a valid autosave', async () => {
    await put(paths.current, mainSnapshot, T0 + 1)
    await put(paths.backup, backupSnapshot, T0)
    const recovery = await recoverAutosave(dir, NOW)
    expect(recovery).toEqual({
      found: { snapshot: mainSnapshot, savedAt: T0 + 1, source: 'autosave' },
      movedAside: [],
    })
    expect((await readdir(dir)).sort()).toEqual(['session.bak.json', 'session.json'])
  })

  it('finds what the real writer wrote', async () => {
    const writer = createAutosaveWriter(dir, { now: () => T0 + 7 })
    await writer.write(backupSnapshot)
    await writer.write(mainSnapshot)
    const recovery = await recoverAutosave(dir, NOW)
    expect(recovery.found).toEqual({ snapshot: mainSnapshot, savedAt: T0 + 7, source: 'autosave' })
  })

  it('uses the backup when the main file is missing, moving nothing', async () => {
    await put(paths.backup, backupSnapshot, T0)
    expect(await recoverAutosave(dir, NOW)).toEqual({
      found: { snapshot: backupSnapshot, savedAt: T0, source: 'backup' },
      movedAside: [],
    })
  })

  it.each(damaged)(
    'moves a main file holding %s into beschadigd with the same bytes and uses the backup',
    async (_label, bytes) => {
      await writeFile(paths.current, bytes)
      await put(paths.backup, backupSnapshot, T0)
      const recovery = await recoverAutosave(dir, NOW)

      expect(recovery.found).toEqual({ snapshot: backupSnapshot, savedAt: T0, source: 'backup' })
      expect(recovery.movedAside).toHaveLength(1)
      const moved = recovery.movedAside[0] ?? ''
      expect(dirname(moved)).toBe(paths.corruptDir)
      expect(basename(moved)).toBe(`${fileStamp(NOW)}-session.json`)
      expect(Buffer.compare(await readFile(moved), bytes)).toBe(0)
      expect(await exists(paths.current)).toBe(false)
      // The backup stays where it is.
      expect(await exists(paths.backup)).toBe(true)
    },
  )

  it('moves both when both are damaged and finds nothing', async () => {
    const mainBytes = Buffer.from('{"format":')
    const backupBytes = Buffer.from(validJsonWrongSchema)
    await writeFile(paths.current, mainBytes)
    await writeFile(paths.backup, backupBytes)
    const recovery = await recoverAutosave(dir, NOW)

    expect(recovery.found).toBeNull()
    expect(recovery.movedAside.map((p) => basename(p))).toEqual([
      `${fileStamp(NOW)}-session.json`,
      `${fileStamp(NOW)}-session.bak.json`,
    ])
    const [movedMain = '', movedBackup = ''] = recovery.movedAside
    expect(Buffer.compare(await readFile(movedMain), mainBytes)).toBe(0)
    expect(Buffer.compare(await readFile(movedBackup), backupBytes)).toBe(0)
    expect(await readdir(dir)).toEqual(['beschadigd'])
    expect((await readdir(paths.corruptDir)).length).toBe(2)
  })

  it('moves a damaged main file aside also when there is no backup', async () => {
    await writeFile(paths.current, 'kapot')
    const recovery = await recoverAutosave(dir, NOW)
    expect(recovery.found).toBeNull()
    expect(recovery.movedAside).toHaveLength(1)
    expect(await readFile(recovery.movedAside[0] ?? '', 'utf8')).toBe('kapot')
  })

  it('keeps earlier damaged files when it happens again later', async () => {
    await writeFile(paths.current, 'eerste')
    await recoverAutosave(dir, NOW)
    await writeFile(paths.current, 'tweede')
    await recoverAutosave(dir, NOW + 60_000)
    const names = (await readdir(paths.corruptDir)).sort()
    expect(names).toHaveLength(2)
    const contents = await Promise.all(
      names.map((name) => readFile(join(paths.corruptDir, name), 'utf8')),
    )
    expect(contents).toEqual(['eerste', 'tweede'])
  })

  it('removes leftover write-file-atomic temp files and nothing else', async () => {
    await put(paths.current, mainSnapshot, T0)
    const temps = ['session.json.3735928559', 'session.json.deadbeef', 'session.json.0']
    for (const name of temps) await writeFile(join(dir, name), '{"half')
    const keep = ['session.json.tmp', 'notes.txt', 'session.json.DEADBEEF', 'other.json.12345']
    for (const name of keep) await writeFile(join(dir, name), 'keep')

    const recovery = await recoverAutosave(dir, NOW)
    expect(recovery.found?.source).toBe('autosave')
    expect((await readdir(dir)).sort()).toEqual([...keep, 'session.json'].sort())
  })

  it('removes temp files also when no autosave is found', async () => {
    await writeFile(join(dir, 'session.json.123456'), 'x')
    expect(await recoverAutosave(dir, NOW)).toEqual({ found: null, movedAside: [] })
    expect(await readdir(dir)).toEqual([])
  })
})

describe('archiveAutosave', () => {
  it('moves the autosave and its backup into archief with the same content', async () => {
    await put(paths.current, mainSnapshot, T0)
    await put(paths.backup, backupSnapshot, T0)
    const mainText = await readFile(paths.current, 'utf8')
    const backupText = await readFile(paths.backup, 'utf8')

    const archived = await archiveAutosave(dir, NOW)
    expect(archived).toBe(join(paths.archiveDir, `${fileStamp(NOW)}-session.json`))
    expect(await readdir(dir)).toEqual(['archief'])
    expect((await readdir(paths.archiveDir)).sort()).toEqual([
      `${fileStamp(NOW)}-session.bak.json`,
      `${fileStamp(NOW)}-session.json`,
    ])
    expect(await readFile(archived ?? '', 'utf8')).toBe(mainText)
    expect(
      await readFile(join(paths.archiveDir, `${fileStamp(NOW)}-session.bak.json`), 'utf8'),
    ).toBe(backupText)
  })

  it('returns the backup path when only the backup exists', async () => {
    await put(paths.backup, backupSnapshot, T0)
    expect(await archiveAutosave(dir, NOW)).toBe(
      join(paths.archiveDir, `${fileStamp(NOW)}-session.bak.json`),
    )
  })

  it('returns null when there is nothing to archive', async () => {
    expect(await archiveAutosave(dir, NOW)).toBeNull()
  })

  it('leaves a folder from which nothing is recovered afterwards', async () => {
    await put(paths.current, mainSnapshot, T0)
    await archiveAutosave(dir, NOW)
    expect(await recoverAutosave(dir, NOW + 1)).toEqual({ found: null, movedAside: [] })
  })

  it('keeps earlier archives', async () => {
    await mkdir(paths.archiveDir)
    await writeFile(join(paths.archiveDir, 'ouder-session.json'), 'oud')
    await put(paths.current, mainSnapshot, T0)
    await archiveAutosave(dir, NOW)
    expect(await readdir(paths.archiveDir)).toHaveLength(2)
  })
})
