import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_WRITE_TIMEOUT_MS, writeSafely } from '@node/report/safe-write'
import { classifyWriteError } from '@core/report/safe-write-errors'
import {
  assertNoPartialFile,
  FaultyFiles,
  fsError,
  isTempName,
  listFolder,
} from './safe-write-faults'

const NAME = '2025-03-14 Teamsessie.pdf'
const DATA = new TextEncoder().encode('%PDF-1.7\n' + 'verslag '.repeat(2000))
const FAST_RETRY = { attempts: 3, delayMs: 1 }

let root: string
let folder: string
let faulty: FaultyFiles
/** Files that were in the folder before the write, by name. */
let before: Map<string, Uint8Array>

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dd-safe-write-'))
  folder = join(root, 'gedeeld')
  await mkdir(folder)
  before = new Map()
  faulty = new FaultyFiles()
  // After every single file step, no name may show anything but a complete report.
  faulty.afterEachStep = () => assertNoPartialFile(folder, before, DATA)
})

afterEach(async () => {
  vi.useRealTimers()
  await rm(root, { recursive: true, force: true })
})

async function existing(name: string, content: string): Promise<void> {
  const bytes = new TextEncoder().encode(content)
  await writeFile(join(folder, name), bytes)
  before.set(name, bytes)
}

function write(options: { timeoutMs?: number } = {}) {
  return writeSafely(folder, NAME, DATA, { files: faulty.ops(), retry: FAST_RETRY, ...options })
}

/** The folder holds exactly these names (no temp files) and the earlier files are unchanged. */
async function expectFolder(names: string[]): Promise<void> {
  expect(await listFolder(folder)).toEqual([...names].sort())
  await assertNoPartialFile(folder, before, DATA)
}

describe('writeSafely', () => {
  it('writes the report under its name, read back and unchanged, without temp files', async () => {
    const verified = vi.fn()
    const result = await writeSafely(folder, NAME, DATA, {
      files: faulty.ops(),
      onVerify: verified,
    })
    expect(result).toEqual({ ok: true, name: NAME })
    expect(await readFile(join(folder, NAME))).toEqual(Buffer.from(DATA))
    expect(verified).toHaveBeenCalledTimes(1)
    // Written under a temp name beside it, synced, read back before it got its name.
    const created = faulty.calls.find((call) => call.step === 'create')
    expect(created?.path.startsWith(join(folder, '.~'))).toBe(true)
    expect(faulty.count('sync')).toBe(1)
    expect(faulty.count('readFile')).toBe(1)
    await expectFolder([NAME])
  })

  it('never overwrites: the next free number is taken', async () => {
    await existing(NAME, 'het verslag van vorige week')
    await existing('2025-03-14 Teamsessie (2).pdf', 'en nog een')
    expect(await write()).toEqual({ ok: true, name: '2025-03-14 Teamsessie (3).pdf' })
    await expectFolder([NAME, '2025-03-14 Teamsessie (2).pdf', '2025-03-14 Teamsessie (3).pdf'])
  })

  it('does not replace a file that appears between looking and naming', async () => {
    // A colleague saves a file of the same name while our temp file is being read back.
    faulty.add({
      step: 'link',
      times: 1,
      effect: { before: () => existing(NAME, 'van een collega') },
    })
    expect(await write()).toEqual({ ok: true, name: '2025-03-14 Teamsessie (2).pdf' })
    await expectFolder([NAME, '2025-03-14 Teamsessie (2).pdf'])
  })

  describe('on a drive that cannot link', () => {
    beforeEach(() => {
      faulty.add({ step: 'link', effect: { code: 'ENOTSUP' } })
    })

    it('looks first and renames, still never overwriting', async () => {
      await existing(NAME, 'het verslag van vorige week')
      expect(await write()).toEqual({ ok: true, name: '2025-03-14 Teamsessie (2).pdf' })
      expect(faulty.count('rename')).toBe(1)
      await expectFolder([NAME, '2025-03-14 Teamsessie (2).pdf'])
    })

    it('removes its temp file when the rename fails', async () => {
      faulty.add({ step: 'rename', effect: { code: 'EACCES' } })
      expect(await write()).toEqual({ ok: false, reason: 'no-permission' })
      expect(faulty.count('rename')).toBe(FAST_RETRY.attempts)
      await expectFolder([])
    })
  })

  it('renames where links are refused with EPERM (Linux on FAT), still never overwriting', async () => {
    await existing(NAME, 'het verslag van vorige week')
    faulty.add({ step: 'link', effect: { code: 'EPERM' } })
    expect(await write()).toEqual({ ok: true, name: '2025-03-14 Teamsessie (2).pdf' })
    await expectFolder([NAME, '2025-03-14 Teamsessie (2).pdf'])
  })

  it('reports no permission when both linking and renaming are refused', async () => {
    faulty.add(
      { step: 'link', effect: { code: 'EPERM' } },
      { step: 'rename', effect: { code: 'EPERM' } },
    )
    expect(await write()).toEqual({ ok: false, reason: 'no-permission' })
    await expectFolder([])
  })

  it.each<[string, string, string]>([
    ['a folder that is gone', 'create', 'ENOENT'],
    ['a path through a file', 'create', 'ENOTDIR'],
    ['a server that is down', 'create', 'EHOSTUNREACH'],
    ['no rights', 'create', 'EACCES'],
    ['a read-only share', 'create', 'EROFS'],
    ['a full disk while writing', 'write', 'ENOSPC'],
    ['a full quota reported on close', 'close', 'EDQUOT'],
    ['a file held open', 'link', 'EBUSY'],
    ['no rights to name the file', 'link', 'EACCES'],
    ['a network error on reading back', 'readFile', 'ECONNRESET'],
    ['something unforeseen', 'write', 'EIO'],
  ])('gives up cleanly on %s', async (_label, step, code) => {
    faulty.add({ step: step as 'create', effect: { code } })
    const result = await write()
    expect(result).toEqual({ ok: false, reason: classifyWriteError(fsError(code)) })
    await expectFolder([])
  })

  it('retries EPERM a few times (antivirus) and then succeeds', async () => {
    faulty.add({ step: 'create', times: 2, effect: { code: 'EPERM' } })
    faulty.add({ step: 'link', times: 1, effect: { code: 'EBUSY' } })
    expect(await write()).toEqual({ ok: true, name: NAME })
    expect(faulty.count('create')).toBe(3)
    await expectFolder([NAME])
  })

  it('stops retrying a lasting EPERM: no permission', async () => {
    faulty.add({ step: 'create', effect: { code: 'EPERM' } })
    expect(await write()).toEqual({ ok: false, reason: 'no-permission' })
    expect(faulty.count('create')).toBe(FAST_RETRY.attempts)
    await expectFolder([])
  })

  it('does not name a file whose read-back differs', async () => {
    faulty.add({ step: 'readFile', effect: { corrupt: true } })
    expect(await write()).toEqual({ ok: false, reason: 'verify-failed' })
    await expectFolder([])
  })

  it('ignores a sync the share does not support', async () => {
    faulty.add({ step: 'sync', effect: { code: 'EINVAL' } })
    expect(await write()).toEqual({ ok: true, name: NAME })
    await expectFolder([NAME])
  })

  it('waits for a slow write that finishes in time', async () => {
    faulty.add(
      { step: 'write', effect: { delayMs: 30 } },
      { step: 'link', effect: { delayMs: 30 } },
    )
    expect(await write()).toEqual({ ok: true, name: NAME })
    await expectFolder([NAME])
  })

  it('abandons a hanging write after five seconds, and it never takes the name later', async () => {
    vi.useFakeTimers()
    faulty.add({ step: 'write', times: 1, effect: { hang: true } })
    const hanging = faulty.hangStarted()
    const result = write()
    await hanging
    await vi.advanceTimersByTimeAsync(DEFAULT_WRITE_TIMEOUT_MS - 1)
    expect(faulty.count('readFile')).toBe(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(await result).toEqual({ ok: false, reason: 'timeout' })
    vi.useRealTimers()

    // The share answers after all: the abandoned write cleans up instead of going on.
    faulty.releaseHeld()
    await vi.waitFor(async () => expect(await listFolder(folder)).toEqual([]))
    expect(faulty.count('link')).toBe(0)
  })

  it('leaves a write that never answers behind without blocking', async () => {
    faulty.add({ step: 'create', effect: { hang: true } })
    expect(await write({ timeoutMs: 20 })).toEqual({ ok: false, reason: 'timeout' })
    expect((await listFolder(folder)).filter((name) => !isTempName(name))).toEqual([])
  })

  it('creates the fallback folder when asked', async () => {
    const fallback = join(root, 'lokaal', 'verslagen')
    const result = await writeSafely(fallback, NAME, DATA, {
      files: faulty.ops(),
      createFolder: true,
    })
    expect(result).toEqual({ ok: true, name: NAME })
    expect(await listFolder(fallback)).toEqual([NAME])
  })
})

describe('classifyWriteError', () => {
  it.each([
    ['ENOENT', 'unreachable'],
    ['ENOTDIR', 'unreachable'],
    ['ENETUNREACH', 'unreachable'],
    ['ETIMEDOUT', 'unreachable'],
    ['EACCES', 'no-permission'],
    ['EPERM', 'no-permission'],
    ['EROFS', 'read-only'],
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EBUSY', 'busy'],
    ['EIO', 'unknown'],
    ['constructor', 'unknown'],
  ])('%s is %s', (code, reason) => {
    expect(classifyWriteError(fsError(code))).toBe(reason)
  })

  it('an error without a code is unknown', () => {
    expect(classifyWriteError(new Error('boom'))).toBe('unknown')
    expect(classifyWriteError('boom')).toBe('unknown')
  })
})
