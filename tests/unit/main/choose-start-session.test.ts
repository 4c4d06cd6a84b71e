import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Clock } from '../../../electron/core/ports'
import { autosavePaths } from '../../../electron/node/persistence/autosave-paths'
import { createAutosaveWriter } from '../../../electron/node/persistence/autosave-writer'
import { createSession } from '../../../electron/core/session/default-session'
import type { Snapshot } from '../../../electron/core/session/schema'
import { chooseStartSession } from '../../../electron/main/startup/choose-start-session'
import { formatDutchDateTime, mainTexts } from '../../../electron/main/texts'
import { makeDilemma } from '../core/fixtures'

const showMessageBox = vi.hoisted(() =>
  vi.fn<(options: MessageBoxOptions) => Promise<MessageBoxReturnValue>>(),
)

vi.mock('electron', () => ({ dialog: { showMessageBox } }))

const SAVED_AT = Date.UTC(2026, 10, 29, 13, 5, 0)
const NOW = SAVED_AT + 60 * 60 * 1000
const clock: Clock = { now: () => NOW }
const texts = mainTexts()
const CORRUPT = '{"format":"dansende-dilemmas/autosave","revision":'

function withDilemmas(count: number, revision = 7): Snapshot {
  const session = createSession(SAVED_AT)
  const dilemmas = Array.from({ length: count }, (_, i) =>
    makeDilemma(`d${i + 1}`, `Dilemma ${i + 1}`),
  )
  return {
    revision,
    session: {
      ...session,
      dilemmas,
      nextSeq: Math.max(session.nextSeq, count + 1),
      currentDilemmaId: dilemmas[0]?.id ?? null,
    },
  }
}

const fresh: Snapshot = { revision: 0, session: createSession(NOW) }

let dir = ''

async function save(...snapshots: Snapshot[]): Promise<void> {
  const writer = createAutosaveWriter(dir, { now: () => SAVED_AT })
  for (const snapshot of snapshots) await writer.write(snapshot)
}

async function filesIn(folder: string): Promise<string[]> {
  return (await readdir(folder).catch(() => [])).sort()
}

/** Answers the next dialogs with these button indexes, in order. */
function answer(...responses: number[]): void {
  for (const response of responses) {
    showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false })
  }
}

function dialogOptions(call: number): MessageBoxOptions {
  const options = showMessageBox.mock.calls[call]?.[0]
  if (!options) throw new Error(`no dialog number ${call + 1}`)
  return options
}

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'dilemmas-start-')), 'autosave')
  showMessageBox.mockReset()
  showMessageBox.mockRejectedValue(new Error('unexpected dialog'))
})

afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true })
})

describe('chooseStartSession without an autosave', () => {
  it('starts a fresh session without asking anything', async () => {
    expect(await chooseStartSession(dir, clock, texts)).toEqual(fresh)
    expect(showMessageBox).not.toHaveBeenCalled()
  })

  it('starts fresh from an empty autosave folder', async () => {
    await mkdir(dir, { recursive: true })
    expect(await chooseStartSession(dir, clock, texts)).toEqual(fresh)
    expect(showMessageBox).not.toHaveBeenCalled()
  })

  it('does not offer an autosave in which nothing was entered, and leaves it alone', async () => {
    await save({ revision: 2, session: createSession(SAVED_AT) })
    expect(await chooseStartSession(dir, clock, texts)).toEqual(fresh)
    expect(showMessageBox).not.toHaveBeenCalled()
    expect(await filesIn(dir)).toEqual(['session.json'])
  })
})

describe('chooseStartSession with an autosave that has content', () => {
  it('asks in Dutch whether to resume, with resume as default and on Escape', async () => {
    await save(withDilemmas(2))
    answer(0)
    await chooseStartSession(dir, clock, texts)
    expect(showMessageBox).toHaveBeenCalledTimes(1)
    const options = dialogOptions(0)
    expect(options).toMatchObject({
      type: 'question',
      title: 'Verder met de vorige sessie?',
      buttons: ['Hervatten', 'Nieuwe sessie beginnen'],
      defaultId: 0,
      cancelId: 0,
    })
    expect(options.detail).toContain(formatDutchDateTime(SAVED_AT))
    expect(options.detail).toContain('2 dilemma’s')
    expect(options.detail).toContain('archief')
  })

  it('says "1 dilemma" for a single dilemma', async () => {
    await save(withDilemmas(1))
    answer(0)
    await chooseStartSession(dir, clock, texts)
    expect(dialogOptions(0).detail).toContain('met 1 dilemma.')
  })

  it('returns the saved snapshot when the facilitator picks "Hervatten"', async () => {
    const saved = withDilemmas(3, 42)
    await save(withDilemmas(1, 41), saved)
    answer(0)
    expect(await chooseStartSession(dir, clock, texts)).toEqual(saved)
    expect(await filesIn(dir)).toEqual(['session.bak.json', 'session.json'])
  })

  it('starts fresh on "Nieuwe sessie beginnen" and moves the old files to archief', async () => {
    const paths = autosavePaths(dir)
    await save(withDilemmas(1, 1), withDilemmas(2, 2))
    const current = await readFile(paths.current, 'utf8')
    const backup = await readFile(paths.backup, 'utf8')
    answer(1)

    expect(await chooseStartSession(dir, clock, texts)).toEqual(fresh)

    expect(await filesIn(dir)).toEqual(['archief'])
    const archived = await filesIn(paths.archiveDir)
    expect(archived).toHaveLength(2)
    const contents = await Promise.all(
      archived.map((name) => readFile(join(paths.archiveDir, name), 'utf8')),
    )
    expect(contents.sort()).toEqual([current, backup].sort())
    expect(archived.find((name) => name.endsWith('-session.json'))).toBeDefined()
    expect(archived.find((name) => name.endsWith('-session.bak.json'))).toBeDefined()
  })

  it('keeps earlier archives when archiving again', async () => {
    const paths = autosavePaths(dir)
    await mkdir(paths.archiveDir, { recursive: true })
    await writeFile(join(paths.archiveDir, 'ouder-session.json'), 'eerder')
    await save(withDilemmas(1))
    answer(1)
    await chooseStartSession(dir, clock, texts)
    const archived = await filesIn(paths.archiveDir)
    expect(archived).toContain('ouder-session.json')
    expect(archived).toHaveLength(2)
  })

  it('does not ask when started from a session file: the unfinished session is archived', async () => {
    const paths = autosavePaths(dir)
    await save(withDilemmas(2, 7))
    const current = await readFile(paths.current, 'utf8')

    expect(await chooseStartSession(dir, clock, texts, { offerResume: false })).toEqual(fresh)

    expect(showMessageBox).not.toHaveBeenCalled()
    const archived = await filesIn(paths.archiveDir)
    expect(archived).toHaveLength(1)
    expect(await readFile(join(paths.archiveDir, archived[0] ?? ''), 'utf8')).toBe(current)
  })
})

describe('chooseStartSession with a damaged autosave', () => {
  it('warns in Dutch where the file was moved, and starts clean', async () => {
    const paths = autosavePaths(dir)
    await mkdir(dir, { recursive: true })
    await writeFile(paths.current, CORRUPT)
    answer(0)

    expect(await chooseStartSession(dir, clock, texts)).toEqual(fresh)

    expect(showMessageBox).toHaveBeenCalledTimes(1)
    const options = dialogOptions(0)
    expect(options.type).toBe('warning')
    expect(options.title).toBe('Automatisch bewaarde sessie beschadigd')
    expect(options.message).toBe('Het automatisch bewaarde bestand kon niet worden gelezen.')
    expect(options.buttons).toEqual(['OK'])

    const moved = await filesIn(paths.corruptDir)
    expect(moved).toHaveLength(1)
    const movedPath = join(paths.corruptDir, moved[0] ?? '')
    expect(options.detail).toContain(movedPath)
    expect(options.detail).toContain('Er is niets verwijderd')
    expect(options.detail).toContain('De app begint met een lege sessie.')

    expect(await readFile(movedPath, 'utf8')).toBe(CORRUPT)
    expect(await filesIn(dir)).toEqual(['beschadigd'])
  })

  it('names both files when the backup is damaged too', async () => {
    const paths = autosavePaths(dir)
    await mkdir(dir, { recursive: true })
    await writeFile(paths.current, CORRUPT)
    await writeFile(paths.backup, 'niet eens JSON')
    answer(0)

    expect(await chooseStartSession(dir, clock, texts)).toEqual(fresh)

    const moved = await filesIn(paths.corruptDir)
    expect(moved).toHaveLength(2)
    for (const name of moved)
      expect(dialogOptions(0).detail).toContain(join(paths.corruptDir, name))
    expect(showMessageBox).toHaveBeenCalledTimes(1)
  })

  it('offers the backup after the warning when the backup is intact', async () => {
    const paths = autosavePaths(dir)
    const previous = withDilemmas(2, 9)
    await save(previous, withDilemmas(3, 10))
    await writeFile(paths.current, CORRUPT)
    answer(0, 0)

    expect(await chooseStartSession(dir, clock, texts)).toEqual(previous)

    expect(showMessageBox).toHaveBeenCalledTimes(2)
    const warning = dialogOptions(0)
    expect(warning.type).toBe('warning')
    expect(warning.detail).toContain('eerdere versie')
    expect(warning.detail).toContain(paths.corruptDir)
    expect(dialogOptions(1).type).toBe('question')
    expect(dialogOptions(1).detail).toContain('2 dilemma’s')
  })

  it('archives the intact backup when the facilitator starts afresh after the warning', async () => {
    const paths = autosavePaths(dir)
    await save(withDilemmas(2, 9), withDilemmas(3, 10))
    await writeFile(paths.current, CORRUPT)
    answer(0, 1)

    expect(await chooseStartSession(dir, clock, texts)).toEqual(fresh)

    expect(await filesIn(dir)).toEqual(['archief', 'beschadigd'])
    expect(await filesIn(paths.archiveDir)).toHaveLength(1)
    expect(await filesIn(paths.corruptDir)).toHaveLength(1)
  })
})
