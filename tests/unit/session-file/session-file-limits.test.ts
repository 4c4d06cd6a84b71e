import { execFileSync } from 'node:child_process'
import { constants } from 'node:fs'
import { open, truncate, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NO_ANSWER_LIMIT_MS } from '@core/async/time-limit'
import { DEFAULT_WRITE_TIMEOUT_MS } from '@node/report/safe-write'
import {
  MAX_SESSION_FILE_BYTES,
  serialiseSessionFile,
} from '@core/session-file/session-file-format'
import { nodeSessionFileOps, type SessionFileOps } from '@node/session-file/session-file-io'
import { hasUnsafeShape, MAX_JSON_DEPTH, nestsDeeperThan } from '@core/persistence/safe-json'
import { largeSession } from '../../support/large-session'
import { serviceSetup, T0, type ServiceSetup } from '../node/session-file/service-setup'

const stored = largeSession(T0)

/** The real file operations, each call written down; `hang` makes that step never answer. */
function recordedOps(hang: ReadonlySet<keyof SessionFileOps> = new Set()) {
  const calls: { step: keyof SessionFileOps; path: string; maxBytes?: number }[] = []
  const never = new Promise<never>(() => undefined)
  const ops: SessionFileOps = {
    stat: async (path) => {
      calls.push({ step: 'stat', path })
      return hang.has('stat') ? never : nodeSessionFileOps.stat(path)
    },
    readAtMost: async (path, maxBytes) => {
      calls.push({ step: 'readAtMost', path, maxBytes })
      return hang.has('readAtMost') ? never : nodeSessionFileOps.readAtMost(path, maxBytes)
    },
    writeAtomic: async (path, text) => {
      calls.push({ step: 'writeAtomic', path })
      return hang.has('writeAtomic') ? never : nodeSessionFileOps.writeAtomic(path, text)
    },
  }
  return { ops, calls, reads: () => calls.filter((call) => call.step === 'readAtMost') }
}

let setup: ServiceSetup
/** FIFOs made by a test: a reader still blocked on one is let go afterwards. */
const fifos: string[] = []

beforeEach(async () => {
  setup = await serviceSetup()
})

afterEach(async () => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  for (const fifo of fifos.splice(0)) {
    // Opening the writing end releases a read that waits on it (only the old code did).
    const writer = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null)
    await writer?.close()
  }
  await setup.cleanUp()
})

async function storedFile(name = 'groot.dilemmas') {
  const path = setup.file(name)
  await writeFile(path, serialiseSessionFile(stored, T0))
  return path
}

async function again(options: Parameters<typeof serviceSetup>[0]) {
  await setup.cleanUp()
  setup = await serviceSetup(options)
}

describe('opening only what is a regular session file of bounded size', () => {
  it('refuses a FIFO named x.dilemmas at once, without waiting for a writer', async () => {
    const fifo = setup.file('x.dilemmas')
    execFileSync('mkfifo', [fifo])
    fifos.push(fifo)
    const read = vi.spyOn(nodeSessionFileOps, 'readAtMost')
    setup.dialogs.openPath = fifo
    const started = performance.now()
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'unreadable' })
    // Refused, not given up on after the time limit.
    expect(performance.now() - started).toBeLessThan(NO_ANSWER_LIMIT_MS / 2)
    expect(read).not.toHaveBeenCalled()
  })

  it('refuses a FIFO put in the file’s place after the look, through the open handle', async () => {
    const fifo = setup.file('gewisseld.dilemmas')
    execFileSync('mkfifo', [fifo])
    fifos.push(fifo)
    await expect(nodeSessionFileOps.readAtMost(fifo, 100)).rejects.toMatchObject({
      code: 'ENOTREG',
    })
  })

  it('refuses a file over the size limit without reading a byte of it', async () => {
    const recorded = recordedOps()
    await again({ files: recorded.ops })
    const path = setup.file('te-groot.dilemmas')
    await writeFile(path, '')
    await truncate(path, MAX_SESSION_FILE_BYTES + 1)
    setup.dialogs.openPath = path
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'too-large' })
    expect(recorded.calls.map((call) => call.step)).toEqual(['stat'])
  })

  it('reads at most the limit plus one byte of a file that grew after it was measured', async () => {
    const read = vi.fn(nodeSessionFileOps.readAtMost)
    // The look at the path still saw the small file it was a moment before.
    await again({
      files: {
        ...nodeSessionFileOps,
        stat: async () => ({ isFile: true, isFolder: false, size: 10 }),
        readAtMost: read,
      },
    })
    const path = setup.file('groeit.dilemmas')
    await writeFile(path, '')
    await truncate(path, MAX_SESSION_FILE_BYTES + 5_000_000)
    setup.dialogs.openPath = path
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'too-large' })
    expect(read).toHaveBeenCalledWith(path, MAX_SESSION_FILE_BYTES + 1)
    const bytes = await read.mock.results[0]?.value
    expect(bytes).toHaveLength(MAX_SESSION_FILE_BYTES + 1)
  })

  it('refuses a file of deep nesting just under the limit fast, before JSON.parse', async () => {
    const levels = Math.floor((MAX_SESSION_FILE_BYTES - 100) / 2)
    const text = `{"format":"dansende-dilemmas/session","x":${'['.repeat(levels)}${']'.repeat(levels)}}`
    expect(text.length).toBeLessThan(MAX_SESSION_FILE_BYTES)
    const path = setup.file('diep.dilemmas')
    await writeFile(path, text)
    const parse = vi.spyOn(JSON, 'parse')
    setup.dialogs.openPath = path
    const started = performance.now()
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'corrupt' })
    // JSON.parse alone took seconds on this text; the look before it stops at level 33.
    expect(performance.now() - started).toBeLessThan(3_000)
    expect(parse.mock.calls.filter(([parsed]) => parsed.length > 1_000_000)).toEqual([])
  })

  it('counts nesting as the shape check does, and not inside strings', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH))).toBe(false)
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1))).toBe(true)
    expect(hasUnsafeShape(JSON.parse(nested(MAX_JSON_DEPTH)))).toBe(false)
    expect(hasUnsafeShape(JSON.parse(nested(MAX_JSON_DEPTH + 1)))).toBe(true)
    const inString = `{"x":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`
    expect(JSON.parse(inString)).toBeTypeOf('object')
    expect(nestsDeeperThan(inString)).toBe(false)
  })
})

describe('a folder that does not answer', () => {
  it('gives up on a save after the reports’ limit, and the next Open still works', async () => {
    const recorded = recordedOps(new Set(['writeAtomic']))
    await again({ files: recorded.ops })
    setup.run({ type: 'setup/edit', title: 'Op de netwerkmap' })
    expect(NO_ANSWER_LIMIT_MS).toBe(DEFAULT_WRITE_TIMEOUT_MS)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    setup.dialogs.savePath = setup.file('share.dilemmas')
    let result: unknown = null
    const saving = setup.service.saveSessionFile().then((outcome) => (result = outcome))
    await vi.advanceTimersByTimeAsync(NO_ANSWER_LIMIT_MS - 1)
    expect(result).toBeNull()
    await vi.advanceTimersByTimeAsync(1)
    await saving
    expect(result).toEqual({ ok: false, reason: 'timeout' })
    vi.useRealTimers()
    // The changes stay unsaved, no file is taken as open.
    expect(setup.service.getSessionFile()).toMatchObject({ name: null, unsaved: true })

    setup.dialogs.openPath = await storedFile()
    setup.dialogs.answer = 'discard'
    expect(await setup.service.openSessionFile()).toMatchObject({
      ok: true,
      name: 'groot.dilemmas',
    })
    expect(setup.session()).toEqual(stored)
  })

  it('gives up on an Open that hangs, leaves the session as it was, and opens the next file', async () => {
    const hanging = recordedOps(new Set(['readAtMost']))
    let ops: SessionFileOps = hanging.ops
    await again({
      timeoutMs: 50,
      files: {
        stat: (path) => ops.stat(path),
        readAtMost: (path, max) => ops.readAtMost(path, max),
        writeAtomic: (path, text) => ops.writeAtomic(path, text),
      },
    })
    const good = await storedFile()
    setup.run({ type: 'setup/edit', title: 'Blijft staan' })
    const before = setup.host.getSnapshot()
    expect(await setup.service.openPath(good)).toEqual({ ok: false, reason: 'timeout' })
    expect(setup.host.getSnapshot().session).toBe(before.session)
    expect(setup.askUnsavedChanges).not.toHaveBeenCalled()

    ops = nodeSessionFileOps
    expect(await setup.service.openPath(good)).toMatchObject({ ok: true, name: 'groot.dilemmas' })
  })

  it('does not start a new attempt of a save once it has been given up on', async () => {
    let attempts = 0
    let failLater: (error: Error) => void = () => undefined
    await again({
      timeoutMs: 30,
      files: {
        ...nodeSessionFileOps,
        writeAtomic: () => {
          attempts += 1
          return new Promise<void>((_resolve, reject) => (failLater = reject))
        },
      },
    })
    setup.dialogs.savePath = setup.file('share.dilemmas')
    expect(await setup.service.saveSessionFile()).toEqual({ ok: false, reason: 'timeout' })
    // The share answers late with a lock error, which would normally be tried again. With the
    // timers faked, running every pending one proves no retry is left to come.
    vi.useFakeTimers()
    try {
      failLater(Object.assign(new Error('EBUSY: simulated'), { code: 'EBUSY' }))
      await vi.runAllTimersAsync()
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
    expect(attempts).toBe(1)
  })
})

describe('the recent-file index from a window', () => {
  it('opens nothing and touches no file for a place far outside the list', async () => {
    const recorded = recordedOps()
    await again({ files: recorded.ops })
    await setup.service.openPath(await storedFile())
    recorded.calls.length = 0
    const saveList = vi.spyOn(setup.recentStore, 'save')
    expect(await setup.service.openRecentSessionFile(99)).toEqual({ ok: false, reason: 'missing' })
    expect(recorded.calls).toEqual([])
    expect(saveList).not.toHaveBeenCalled()
    expect(setup.service.getSessionFile().recent).toHaveLength(1)
  })
})
