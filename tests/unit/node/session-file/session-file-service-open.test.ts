import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VERSION_ONE_REPORT_OPTIONS } from '@core/session/migrate'
import { type WindowSnapshot } from '@core/session/schema'
import { serialiseSessionFile } from '@core/session-file/session-file-format'
import { nodeSessionFileOps } from '@node/session-file/session-file-io'
import { fromRoot } from '../../../support/paths'
import { largeSession } from '../../../support/large-session'
import { fingerprint, fsError, serviceSetup, T0, type ServiceSetup } from './service-setup'

const FIXTURE = fromRoot('tests/fixtures/session-v1.dilemmas')
const stored = largeSession(T0)

let setup: ServiceSetup

beforeEach(async () => {
  setup = await serviceSetup()
})

afterEach(async () => {
  await setup.cleanUp()
})

async function storedFile(name = 'groot.dilemmas', text = serialiseSessionFile(stored, T0)) {
  const path = setup.file(name)
  await writeFile(path, text)
  return path
}

describe('openSessionFile', () => {
  it('replaces the session with the file and the windows see it at once', async () => {
    const seen: WindowSnapshot[] = []
    setup.host.subscribe((snapshot) => seen.push(snapshot))
    setup.dialogs.openPath = await storedFile()
    expect(await setup.service.openSessionFile()).toEqual({
      ok: true,
      name: 'groot.dilemmas',
      migrated: false,
    })
    expect(setup.session()).toEqual(stored)
    expect(seen.at(-1)?.session).toEqual(stored)
    expect(setup.service.getSessionFile()).toEqual({
      name: 'groot.dilemmas',
      folder: setup.dir,
      unsaved: false,
      recent: [{ name: 'groot.dilemmas', folder: setup.dir }],
    })
    expect(setup.lastState()).toEqual(setup.service.getSessionFile())
  })

  it('clears the undo history: undo cannot go back into the replaced session', async () => {
    setup.run({ type: 'setup/edit', title: 'Vorige' })
    setup.dialogs.openPath = await storedFile()
    await setup.service.openSessionFile()
    expect(setup.host.getSnapshot().history).toEqual({ canUndo: false, canRedo: false })
  })

  it('changes nothing when the dialog is cancelled', async () => {
    const before = setup.host.getSnapshot()
    setup.dialogs.openPath = null
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'cancelled' })
    expect(setup.host.getSnapshot().revision).toBe(before.revision)
  })

  it('opens the version-1 fixture, migrated, and leaves the file as it was', async () => {
    const path = setup.file('oud.dilemmas')
    await copyFile(FIXTURE, path)
    const before = await fingerprint(path)
    setup.dialogs.openPath = path
    expect(await setup.service.openSessionFile()).toEqual({
      ok: true,
      name: 'oud.dilemmas',
      migrated: true,
    })
    expect(setup.session().report).toEqual(VERSION_ONE_REPORT_OPTIONS)
    expect(setup.session().setup.title).toBe('Dansende Dilemma’s met team Toezicht Zuid')
    expect(await fingerprint(path)).toEqual(before)
  })

  it('saves an opened file back to the same file, now at version 2', async () => {
    const path = setup.file('oud.dilemmas')
    await copyFile(FIXTURE, path)
    setup.dialogs.openPath = path
    await setup.service.openSessionFile()
    expect(await setup.service.saveSessionFile()).toEqual({ ok: true, name: 'oud.dilemmas' })
    expect(setup.chooseSavePath).not.toHaveBeenCalled()
    setup.dialogs.openPath = path
    expect(await setup.service.openSessionFile()).toMatchObject({ ok: true, migrated: false })
  })
})

describe('a file that cannot be opened', () => {
  const seen = () => setup.host.getSnapshot()

  it.each<[string, string | Buffer, string]>([
    ['not JSON', '{"format": "dansende-dilemmas/session", kapot', 'not-json'],
    ['empty', '', 'not-json'],
    ['a deck', JSON.stringify({ format: 'dansende-dilemmas/deck', version: 1 }), 'foreign'],
    ['broken inside', serialiseSessionFile({ ...stored, currentDilemmaId: 'weg' }, T0), 'corrupt'],
    [
      'from a newer app',
      serialiseSessionFile(stored, T0).replace('"schemaVersion": 3', '"schemaVersion": 4'),
      'newer-version',
    ],
  ])('is refused when it is %s, and left untouched', async (_label, content, problem) => {
    setup.run({ type: 'setup/edit', title: 'Blijft staan' })
    const before = seen()
    const path = setup.file('slecht.dilemmas')
    await writeFile(path, content)
    const file = await fingerprint(path)
    setup.dialogs.openPath = path
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: problem })
    expect(seen().revision).toBe(before.revision)
    expect(seen().session).toBe(before.session)
    expect(setup.askUnsavedChanges).not.toHaveBeenCalled()
    expect(setup.archiveCurrent).not.toHaveBeenCalled()
    expect(await fingerprint(path)).toEqual(file)
    expect(setup.service.getSessionFile()).toMatchObject({ name: null, recent: [] })
  })

  it('is refused as too-large before it is read', async () => {
    const path = setup.file('groot.dilemmas')
    await writeFile(path, Buffer.alloc(20 * 1024 * 1024 + 1, 0x20))
    setup.dialogs.openPath = path
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'too-large' })
  })

  it('is missing when it is not there', async () => {
    setup.dialogs.openPath = setup.file('weg.dilemmas')
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'missing' })
  })

  it('is unreadable when reading fails otherwise', async () => {
    await setup.cleanUp()
    setup = await serviceSetup({
      files: {
        ...nodeSessionFileOps,
        readAtMost: async () => {
          throw fsError('EIO')
        },
      },
    })
    setup.dialogs.openPath = await storedFile()
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'unreadable' })
  })

  it('is unreadable when the path is a folder', async () => {
    const folder = setup.file('map.dilemmas')
    await mkdir(folder)
    setup.dialogs.openPath = folder
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'unreadable' })
  })
})

describe('unsaved changes before a file replaces the session', () => {
  beforeEach(async () => {
    setup.run({ type: 'setup/edit', title: 'Werk in uitvoering' })
    setup.dialogs.openPath = await storedFile()
  })

  it('asks, and cancelling keeps everything as it was', async () => {
    setup.dialogs.answer = 'cancel'
    const before = setup.host.getSnapshot()
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'cancelled' })
    expect(setup.askUnsavedChanges).toHaveBeenCalledTimes(1)
    expect(setup.host.getSnapshot().session).toBe(before.session)
    expect(setup.archiveCurrent).not.toHaveBeenCalled()
  })

  it('discards into the archive: the replaced session is kept there first', async () => {
    setup.dialogs.answer = 'discard'
    const order: string[] = []
    setup.archiveCurrent.mockImplementation(async () => {
      order.push(`archived ${setup.session().setup.title}`)
    })
    setup.host.subscribe((snapshot) => order.push(`shown ${snapshot.session.setup.title}`))
    expect((await setup.service.openSessionFile()).ok).toBe(true)
    expect(order).toEqual(['archived Werk in uitvoering', `shown ${stored.setup.title}`])
  })

  it('saves first when asked to, then opens', async () => {
    setup.dialogs.answer = 'save'
    setup.dialogs.savePath = setup.file('werk.dilemmas')
    expect((await setup.service.openSessionFile()).ok).toBe(true)
    expect(setup.session()).toEqual(stored)
    const names = setup.service.getSessionFile().recent.map((file) => file.name)
    expect(names).toEqual(['groot.dilemmas', 'werk.dilemmas'])
    setup.dialogs.openPath = setup.file('werk.dilemmas')
    await setup.service.openSessionFile()
    expect(setup.session().setup.title).toBe('Werk in uitvoering')
  })

  it('opens nothing when saving first is cancelled or fails', async () => {
    setup.dialogs.answer = 'save'
    setup.dialogs.savePath = null
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'cancelled' })
    setup.dialogs.savePath = setup.file('geen-map/werk.dilemmas')
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'write-failed' })
    expect(setup.session().setup.title).toBe('Werk in uitvoering')
  })

  it('does not replace the session when it cannot be archived', async () => {
    setup.archiveCurrent.mockRejectedValue(fsError('EACCES'))
    expect(await setup.service.openSessionFile()).toEqual({ ok: false, reason: 'write-failed' })
    expect(setup.session().setup.title).toBe('Werk in uitvoering')
  })

  it('does not ask when everything is saved in a file, but still archives', async () => {
    setup.dialogs.savePath = setup.file('werk.dilemmas')
    await setup.service.saveSessionFile()
    expect((await setup.service.openSessionFile()).ok).toBe(true)
    expect(setup.askUnsavedChanges).not.toHaveBeenCalled()
    expect(setup.archiveCurrent).toHaveBeenCalledTimes(1)
  })
})

describe('a session without content', () => {
  it('is replaced without a question and without archiving', async () => {
    setup.run({ type: 'projector/set-font-scale', fontScale: 1.2 })
    setup.dialogs.openPath = await storedFile()
    expect((await setup.service.openSessionFile()).ok).toBe(true)
    expect(setup.askUnsavedChanges).not.toHaveBeenCalled()
    expect(setup.archiveCurrent).not.toHaveBeenCalled()
  })

  it('ignores a failing archive then: there is nothing to lose', async () => {
    setup.archiveCurrent.mockRejectedValue(fsError('EACCES'))
    setup.dialogs.openPath = await storedFile()
    expect((await setup.service.openSessionFile()).ok).toBe(true)
  })
})
