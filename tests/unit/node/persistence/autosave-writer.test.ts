import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseAutosave } from '@core/persistence/autosave-format'
import { autosavePaths } from '@node/persistence/autosave-paths'
import { createAutosaveWriter } from '@node/persistence/autosave-writer'
import type { Snapshot } from '@core/session/schema'
import { sessionWith, snapshotOf, T0 } from '../../core/fixtures'

let root: string
let clockTime: number
const clock = { now: () => clockTime }

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dd-writer-'))
  clockTime = T0
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function readSnapshot(path: string): Promise<{ snapshot: Snapshot; savedAt: number }> {
  const parsed = parseAutosave(await readFile(path, 'utf8'))
  if (!parsed.ok) throw new Error(`${path} did not parse: ${parsed.reason}`)
  const { revision, session, savedAt } = parsed.file
  return { snapshot: { revision, session }, savedAt }
}

describe('createAutosaveWriter', () => {
  it('creates the folder and writes a file that parses and validates', async () => {
    const dir = join(root, 'nested', 'autosave')
    const writer = createAutosaveWriter(dir, clock)
    const snapshot = snapshotOf(sessionWith(2, { currentDilemmaId: 'd1' }), 3)
    clockTime = T0 + 99
    await writer.write(snapshot)
    const written = await readSnapshot(autosavePaths(dir).current)
    expect(written).toEqual({ snapshot, savedAt: T0 + 99 })
    expect(await readdir(dir)).toEqual(['session.json'])
  })

  it('keeps the previous version in session.bak.json', async () => {
    const writer = createAutosaveWriter(root, clock)
    const paths = autosavePaths(root)
    const first = snapshotOf(sessionWith(1), 1)
    const second = snapshotOf(sessionWith(2), 2)
    await writer.write(first)
    const firstText = await readFile(paths.current, 'utf8')
    await writer.write(second)
    expect(await readFile(paths.backup, 'utf8')).toBe(firstText)
    expect((await readSnapshot(paths.current)).snapshot).toEqual(second)
    expect((await readSnapshot(paths.backup)).snapshot).toEqual(first)
  })

  it('always keeps exactly the version before the newest as backup', async () => {
    const writer = createAutosaveWriter(root, clock)
    const paths = autosavePaths(root)
    for (let revision = 1; revision <= 6; revision++) {
      clockTime += 1000
      await writer.write(snapshotOf(sessionWith(revision), revision))
      expect((await readSnapshot(paths.current)).snapshot.revision).toBe(revision)
      if (revision > 1) {
        expect((await readSnapshot(paths.backup)).snapshot.revision).toBe(revision - 1)
      }
    }
  })

  it('leaves no temp files behind', async () => {
    const writer = createAutosaveWriter(root, clock)
    for (let revision = 1; revision <= 5; revision++) {
      await writer.write(snapshotOf(sessionWith(revision), revision))
    }
    expect((await readdir(root)).sort()).toEqual(['session.bak.json', 'session.json'])
  })

  it('replaces an existing file written by an earlier run', async () => {
    const paths = autosavePaths(root)
    await writeFile(paths.current, 'from an earlier run')
    await createAutosaveWriter(root, clock).write(snapshotOf(sessionWith(1), 1))
    expect(await readFile(paths.backup, 'utf8')).toBe('from an earlier run')
    expect((await readSnapshot(paths.current)).snapshot.revision).toBe(1)
  })

  it('rejects when the folder cannot be made, leaving nothing behind', async () => {
    const blocker = join(root, 'file')
    await writeFile(blocker, 'not a folder')
    const writer = createAutosaveWriter(join(blocker, 'autosave'), clock)
    await expect(writer.write(snapshotOf(sessionWith(1), 1))).rejects.toMatchObject({
      code: expect.stringMatching(/^(ENOTDIR|EEXIST)$/),
    })
    expect(await readdir(root)).toEqual(['file'])
  })
})
