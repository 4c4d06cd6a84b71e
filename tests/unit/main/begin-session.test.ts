import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { autosavePaths } from '../../../electron/node/persistence/autosave-paths'
import { createAutosaveWriter } from '../../../electron/node/persistence/autosave-writer'
import { KeptFiles } from '../../../electron/node/persistence/kept-files'
import { createSession } from '../../../electron/core/session/default-session'
import type { Snapshot } from '../../../electron/core/session/schema'
import { serialiseSessionFile } from '../../../electron/core/session-file/session-file-format'
import { beginSession } from '../../../electron/main/startup/begin-session'
import { mainTexts } from '../../../electron/main/texts'
import { largeSession } from '../../support/large-session'
import { makeDilemma } from '../core/fixtures'

const showMessageBox = vi.hoisted(() =>
  vi.fn<(options: MessageBoxOptions) => Promise<MessageBoxReturnValue>>(),
)

vi.mock('electron', () => ({ dialog: { showMessageBox } }))

const SAVED_AT = Date.UTC(2026, 10, 29, 13, 5, 0)
const NOW = SAVED_AT + 60 * 60 * 1000
const clock = { now: () => NOW }
const texts = mainTexts()
const fresh: Snapshot = { revision: 0, session: createSession(NOW) }
const unfinished: Snapshot = {
  revision: 7,
  session: {
    ...createSession(SAVED_AT),
    dilemmas: [makeDilemma('d1', 'Het dilemma van Anna')],
    nextSeq: 2,
  },
}

let root = ''
let dir = ''

const begin = (startFile: string | null) =>
  beginSession({ dir, clock, texts, startFile, kept: new KeptFiles() })

async function file(name: string, text: string): Promise<string> {
  const path = join(root, name)
  await writeFile(path, text)
  return path
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dilemmas-begin-'))
  dir = join(root, 'autosave')
  await createAutosaveWriter(dir, { now: () => SAVED_AT }).write(unfinished)
  showMessageBox.mockReset()
  showMessageBox.mockRejectedValue(new Error('unexpected dialog'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('beginSession with a double-clicked file', () => {
  it('reads a refused file first, and offers the unfinished session as usual', async () => {
    const before = await readFile(autosavePaths(dir).current, 'utf8')
    const refused = await file('kapot.dilemmas', '{"format":"dansende-dilemmas/session"')
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    const began = await begin(refused)
    expect(showMessageBox.mock.calls[0]?.[0].title).toBe('Verder met de vorige sessie?')
    expect(began.snapshot).toEqual(unfinished)
    expect(began.startFile).toEqual({
      path: refused,
      read: { ok: false, problem: 'not-json' },
    })
    // Nothing was archived: the unfinished session is where it was.
    expect(await readdir(dir)).toEqual(['session.json'])
    expect(await readFile(autosavePaths(dir).current, 'utf8')).toBe(before)
  })

  it('offers the unfinished session when the file is not there at all', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    const began = await begin(join(root, 'weg.dilemmas'))
    expect(began.snapshot).toEqual(unfinished)
    expect(began.startFile?.read).toEqual({ ok: false, problem: 'missing' })
  })

  it('archives the unfinished session without a question for a file that will open', async () => {
    const stored = largeSession(SAVED_AT)
    const good = await file('goed.dilemmas', serialiseSessionFile(stored, SAVED_AT))
    const began = await begin(good)
    expect(showMessageBox).not.toHaveBeenCalled()
    expect(began.snapshot).toEqual(fresh)
    expect(began.startFile).toEqual({
      path: good,
      read: { ok: true, session: stored, migratedFrom: null },
    })
    expect(await readdir(autosavePaths(dir).archiveDir)).toHaveLength(1)
  })

  it('asks as usual without a start file', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    expect(await begin(null)).toEqual({ snapshot: unfinished, startFile: null })
  })
})
