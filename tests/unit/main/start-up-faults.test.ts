import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Clock } from '../../../electron/core/ports'
import { autosavePaths } from '../../../electron/node/persistence/autosave-paths'
import { createAutosaveWriter } from '../../../electron/node/persistence/autosave-writer'
import { holdOffWhileKept, KeptFiles } from '../../../electron/node/persistence/kept-files'
import { createSession } from '../../../electron/core/session/default-session'
import type { Snapshot } from '../../../electron/core/session/schema'
import { chooseStartSession } from '../../../electron/main/startup/choose-start-session'
import { mainTexts } from '../../../electron/main/texts'
import { makeDilemma } from '../core/fixtures'
import { FaultyRecoveryFiles } from './recovery-faults'

const showMessageBox = vi.hoisted(() =>
  vi.fn<(options: MessageBoxOptions) => Promise<MessageBoxReturnValue>>(),
)

vi.mock('electron', () => ({ dialog: { showMessageBox } }))

const SAVED_AT = Date.UTC(2026, 10, 29, 13, 5, 0)
const NOW = SAVED_AT + 60 * 60 * 1000
const clock: Clock = { now: () => NOW }
const nl = mainTexts('nl')
const en = mainTexts('en')

const unfinished: Snapshot = (() => {
  const session = createSession(SAVED_AT)
  return {
    revision: 7,
    session: { ...session, dilemmas: [makeDilemma('d1', 'Het dilemma van Anna')], nextSeq: 2 },
  }
})()
const fresh: Snapshot = { revision: 0, session: createSession(NOW) }

let dir = ''
let paths: ReturnType<typeof autosavePaths>
let faulty: FaultyRecoveryFiles
let kept: KeptFiles

function answer(...responses: number[]): void {
  for (const response of responses) {
    showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false })
  }
}

function dialog(call: number): MessageBoxOptions {
  const options = showMessageBox.mock.calls[call]?.[0]
  if (!options) throw new Error(`no dialog number ${call + 1}`)
  return options
}

const start = (offerResume = true) =>
  chooseStartSession(dir, clock, nl, { offerResume, kept, files: faulty.ops() })

async function saveUnfinished(): Promise<string> {
  await createAutosaveWriter(dir, { now: () => SAVED_AT }).write(unfinished)
  return readFile(paths.current, 'utf8')
}

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'dilemmas-start-faults-')), 'autosave')
  paths = autosavePaths(dir)
  faulty = new FaultyRecoveryFiles()
  kept = new KeptFiles()
  showMessageBox.mockReset()
  showMessageBox.mockRejectedValue(new Error('unexpected dialog'))
})

afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true })
})

describe('start-up when the autosave folder cannot be read', () => {
  it('starts fresh when a folder stands where session.json should be, and says so in Dutch', async () => {
    await mkdir(join(paths.current, 'iets'), { recursive: true })
    answer(0)
    expect(await start()).toEqual(fresh)
    expect(showMessageBox).toHaveBeenCalledTimes(1)
    const told = dialog(0)
    expect(told).toMatchObject({ type: 'warning', title: nl.startup.keptTitle, buttons: ['OK'] })
    expect(told.detail).toContain(`in de map ${dir}`)
    expect(told.detail).toContain(paths.current)
    expect(told.detail).toContain('Er staat een map met die naam.')
    expect(told.detail).toContain('De app begint met een nieuwe sessie.')
    // Left exactly where it was.
    expect((await stat(paths.current)).isDirectory()).toBe(true)
    expect(await readdir(paths.current)).toEqual(['iets'])
    expect(kept.all).toEqual([{ path: paths.current, reason: 'is-folder' }])
  })

  it('tries a locked file a few times, then leaves it in place and names it (EPERM)', async () => {
    const text = await saveUnfinished()
    faulty.add({ step: 'readAtMost', pathEnds: 'session.json', code: 'EPERM' })
    answer(0)
    expect(await start()).toEqual(fresh)
    expect(faulty.count('readAtMost', 'session.json')).toBe(4)
    expect(dialog(0).detail).toContain(paths.current)
    expect(dialog(0).detail).toContain('virusscanner')
    expect(await readFile(paths.current, 'utf8')).toBe(text)
    expect(kept.all).toEqual([{ path: paths.current, reason: 'no-access' }])
  })

  it('reads a file once antivirus lets go of it (EBUSY twice) and offers it as usual', async () => {
    await saveUnfinished()
    faulty.add({ step: 'readAtMost', pathEnds: 'session.json', code: 'EBUSY', times: 2 })
    answer(0)
    expect(await start()).toEqual(unfinished)
    expect(dialog(0).title).toBe(nl.resumeTitle)
    expect(kept.all).toEqual([])
  })

  it('keeps a damaged file in place when moving it aside fails (EEXIST)', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(paths.current, '{"format":"dansende-dilemmas/autosave","revision":')
    faulty.add({ step: 'rename', pathEnds: 'session.json', code: 'EEXIST' })
    answer(0)
    expect(await start()).toEqual(fresh)
    expect(dialog(0).detail).toContain('kon niet worden verplaatst naar de map beschadigd')
    expect(await readFile(paths.current, 'utf8')).toBe(
      '{"format":"dansende-dilemmas/autosave","revision":',
    )
    expect(kept.all).toEqual([{ path: paths.current, reason: 'cannot-move' }])
  })

  it('names the folder when the autosave folder itself is a file', async () => {
    await writeFile(dir, 'geen map')
    answer(0)
    expect(await start()).toEqual(fresh)
    expect(dialog(0).detail).toContain('hoort de map voor automatisch bewaren')
    expect(kept.all).toEqual([{ path: dir, reason: 'folder-blocked' }])
    expect(await readFile(dir, 'utf8')).toBe('geen map')
  })

  it('offers the backup when only session.json cannot be read', async () => {
    const writer = createAutosaveWriter(dir, { now: () => SAVED_AT })
    await writer.write(unfinished)
    await writer.write({ ...unfinished, revision: 8 })
    faulty.add({ step: 'readAtMost', pathEnds: 'session.json', code: 'EBUSY' })
    answer(0, 0)
    expect(await start()).toEqual(unfinished)
    expect(dialog(0).detail).toContain('eerdere versie')
    expect(dialog(1).title).toBe(nl.resumeTitle)
  })

  it('tells in English for an English start', async () => {
    await mkdir(paths.current, { recursive: true })
    answer(0)
    await chooseStartSession(dir, clock, en, { kept, files: faulty.ops() })
    expect(dialog(0).title).toBe('Saved session left in place')
    expect(dialog(0).detail).toContain('A folder of that name is in its place.')
  })
})

describe('start-up when the unfinished session cannot be archived', () => {
  it('keeps it in place after "Nieuwe sessie beginnen" and says it could not be archived', async () => {
    const text = await saveUnfinished()
    faulty.add({ step: 'rename', pathEnds: 'session.json', code: 'EPERM' })
    answer(1, 0)
    expect(await start()).toEqual(fresh)
    expect(dialog(1).title).toBe(nl.startup.keptTitle)
    expect(dialog(1).detail).toContain('kon niet worden verplaatst naar de map archief')
    expect(await readFile(paths.current, 'utf8')).toBe(text)
    expect(kept.all.map((file) => file.path)).toContain(paths.current)
  })

  it('archives the backup after "Nieuwe sessie beginnen" but leaves a kept folder where it is', async () => {
    const writer = createAutosaveWriter(dir, { now: () => SAVED_AT })
    await writer.write(unfinished)
    await writer.write({ ...unfinished, revision: 8 })
    await rm(paths.current)
    await mkdir(join(paths.current, 'iets'), { recursive: true })
    answer(0, 1)
    expect(await start()).toEqual(fresh)
    expect(dialog(0).detail).toContain('eerdere versie')
    expect(dialog(1).title).toBe(nl.resumeTitle)
    expect(showMessageBox).toHaveBeenCalledTimes(2)
    expect(await readdir(paths.current)).toEqual(['iets'])
    const archived = await readdir(paths.archiveDir)
    expect(archived).toHaveLength(1)
    expect(archived[0]).toMatch(/-session\.bak\.json$/)
  })

  it('starts fresh after anything unforeseen, keeping both files in place', async () => {
    const text = await saveUnfinished()
    showMessageBox.mockRejectedValueOnce(new Error('no dialog today'))
    answer(0)
    expect(await start()).toEqual(fresh)
    expect(await readFile(paths.current, 'utf8')).toBe(text)
    expect(kept.all).toEqual([{ path: paths.current, reason: 'other' }])
  })
})

describe('the autosave while a file is kept in place', () => {
  it('writes over nothing that start-up kept, and saves again once it has been moved away', async () => {
    await mkdir(paths.current, { recursive: true })
    answer(0)
    await start()
    const writer = holdOffWhileKept(createAutosaveWriter(dir, clock), kept)
    await expect(writer.write(fresh)).rejects.toMatchObject({ name: 'KeptInPlaceError' })
    expect((await stat(paths.current)).isDirectory()).toBe(true)
    expect(await readdir(dir)).toEqual(['session.json'])

    await rm(paths.current, { recursive: true })
    await writer.write(fresh)
    expect(JSON.parse(await readFile(paths.current, 'utf8'))).toMatchObject({ revision: 0 })
  })

  it('never copies a kept locked file over the backup, even once the lock is gone', async () => {
    const text = await saveUnfinished()
    faulty.add({ step: 'readAtMost', pathEnds: 'session.json', code: 'EBUSY' })
    answer(0)
    await start()
    const writer = holdOffWhileKept(createAutosaveWriter(dir, clock), kept)
    for (let i = 0; i < 3; i++) await writer.write(fresh).catch(() => undefined)
    expect(await readFile(paths.current, 'utf8')).toBe(text)
  })
})
