import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSession } from '@core/session/default-session'
import { LIMITS, type Session } from '@core/session/schema'
import { parseSessionFile } from '@core/session-file/session-file-format'
import { nodeSessionFileOps } from '@node/session-file/session-file-io'
import { makeDilemma } from '../../core/fixtures'
import { fsError, serviceSetup, T0, type ServiceSetup } from './service-setup'

let setup: ServiceSetup

beforeEach(async () => {
  setup = await serviceSetup()
  setup.run({ type: 'setup/edit', title: 'Team Zuid', date: '2026-12-03' })
})

afterEach(async () => {
  await setup.cleanUp()
})

const opened = async (path: string) => parseSessionFile(await readFile(path))

describe('saveSessionFile', () => {
  it('asks where with a suggested name the first time, and writes the session there', async () => {
    const path = setup.file('zuid.dilemmas')
    setup.dialogs.savePath = path
    expect(await setup.service.saveSessionFile()).toEqual({ ok: true, name: 'zuid.dilemmas' })
    expect(setup.chooseSavePath).toHaveBeenCalledWith('2026-12-03 Team Zuid.dilemmas')
    const text = await readFile(path, 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(JSON.parse(text)).toMatchObject({ savedAt: T0, appVersion: '0.1.0' })
    expect(await opened(path)).toEqual({ ok: true, session: setup.session(), migratedFrom: null })
  })

  it('tells the windows which file is open, that it is saved, and lists it as recent', async () => {
    expect(setup.lastState()?.unsaved).toBe(true)
    setup.dialogs.savePath = setup.file('zuid.dilemmas')
    await setup.service.saveSessionFile()
    const state = { name: 'zuid.dilemmas', folder: setup.dir, unsaved: false }
    expect(setup.lastState()).toEqual({
      ...state,
      recent: [{ name: 'zuid.dilemmas', folder: setup.dir }],
    })
    expect(setup.service.getSessionFile()).toEqual(setup.lastState())
    expect((await setup.recentStore.load()).paths).toEqual([setup.file('zuid.dilemmas')])
  })

  it('writes nothing when the dialog is cancelled', async () => {
    setup.dialogs.savePath = null
    expect(await setup.service.saveSessionFile()).toEqual({ ok: false, reason: 'cancelled' })
    expect(await readdir(setup.dir)).toEqual([])
    expect(setup.service.getSessionFile()).toMatchObject({ name: null, unsaved: true })
  })

  it('adds the extension when the dialog gave a name without it', async () => {
    setup.dialogs.savePath = setup.file('zuid')
    expect(await setup.service.saveSessionFile()).toEqual({ ok: true, name: 'zuid.dilemmas' })
    expect((await opened(setup.file('zuid.dilemmas'))).ok).toBe(true)
  })

  it('saves to the open file again without asking', async () => {
    setup.dialogs.savePath = setup.file('zuid.dilemmas')
    await setup.service.saveSessionFile()
    setup.run({ type: 'setup/edit', location: 'Utrecht' })
    expect(setup.service.getSessionFile().unsaved).toBe(true)
    expect(await setup.service.saveSessionFile()).toEqual({ ok: true, name: 'zuid.dilemmas' })
    expect(setup.chooseSavePath).toHaveBeenCalledTimes(1)
    const reread = await opened(setup.file('zuid.dilemmas'))
    expect(reread.ok && reread.session.setup.location).toBe('Utrecht')
    expect(setup.service.getSessionFile().unsaved).toBe(false)
    // No temp files are left beside it.
    expect((await readdir(setup.dir)).sort()).toEqual(['data', 'zuid.dilemmas'])
  })

  it('pushes the unsaved flag once when it flips, not on every keystroke', async () => {
    setup.dialogs.savePath = setup.file('zuid.dilemmas')
    await setup.service.saveSessionFile()
    const before = setup.states.length
    for (const location of ['U', 'Ut', 'Utr']) setup.run({ type: 'setup/edit', location })
    expect(setup.states.length).toBe(before + 1)
    expect(setup.lastState()?.unsaved).toBe(true)
  })
})

describe('saveSessionFileAs', () => {
  it('always asks, starting at the open file, and then keeps to the new file', async () => {
    setup.dialogs.savePath = setup.file('eerste.dilemmas')
    await setup.service.saveSessionFile()
    setup.dialogs.savePath = setup.file('tweede.dilemmas')
    expect(await setup.service.saveSessionFileAs()).toEqual({ ok: true, name: 'tweede.dilemmas' })
    expect(setup.chooseSavePath).toHaveBeenLastCalledWith(setup.file('eerste.dilemmas'))
    expect(setup.service.getSessionFile()).toMatchObject({ name: 'tweede.dilemmas' })
    expect(setup.service.getSessionFile().recent.map((file) => file.name)).toEqual([
      'tweede.dilemmas',
      'eerste.dilemmas',
    ])
  })

  it('keeps the open file when the dialog is cancelled', async () => {
    setup.dialogs.savePath = setup.file('eerste.dilemmas')
    await setup.service.saveSessionFile()
    setup.dialogs.savePath = null
    expect(await setup.service.saveSessionFileAs()).toEqual({ ok: false, reason: 'cancelled' })
    expect(setup.service.getSessionFile().name).toBe('eerste.dilemmas')
  })
})

describe('saving when the disk says no', () => {
  async function withFiles(writeAtomic: (path: string, text: string) => Promise<void>) {
    await setup.cleanUp()
    setup = await serviceSetup({ files: { ...nodeSessionFileOps, writeAtomic } })
    setup.run({ type: 'setup/edit', title: 'Team Zuid' })
  }

  it.each(['EACCES', 'EROFS', 'ENOSPC', 'ENOENT'])(
    'reports write-failed on %s and keeps the changes unsaved',
    async (code) => {
      await withFiles(async () => {
        throw fsError(code)
      })
      setup.dialogs.savePath = setup.file('zuid.dilemmas')
      expect(await setup.service.saveSessionFile()).toEqual({ ok: false, reason: 'write-failed' })
      expect(setup.service.getSessionFile()).toMatchObject({
        name: null,
        unsaved: true,
        recent: [],
      })
    },
  )

  it('tries again while the file is briefly locked (EBUSY), then saves', async () => {
    let failures = 2
    await withFiles(async (path, text) => {
      if (failures-- > 0) throw fsError('EBUSY')
      await nodeSessionFileOps.writeAtomic(path, text)
    })
    setup.dialogs.savePath = setup.file('zuid.dilemmas')
    expect(await setup.service.saveSessionFile()).toEqual({ ok: true, name: 'zuid.dilemmas' })
  })

  it('keeps changes made while the file was being written as unsaved', async () => {
    await withFiles(async (path, text) => {
      setup.run({ type: 'setup/edit', location: 'tijdens het schrijven' })
      await nodeSessionFileOps.writeAtomic(path, text)
    })
    setup.dialogs.savePath = setup.file('zuid.dilemmas')
    expect((await setup.service.saveSessionFile()).ok).toBe(true)
    expect(setup.service.getSessionFile().unsaved).toBe(true)
    const reread = await opened(setup.file('zuid.dilemmas'))
    expect(reread.ok && reread.session.setup.location).toBe('')
  })

  it('refuses to write a file it could never open again (too-large)', async () => {
    const writeAtomic = vi.fn(nodeSessionFileOps.writeAtomic)
    const base = createSession(T0)
    const text = 'x'.repeat(LIMITS.longText)
    const huge: Session = {
      ...base,
      dilemmas: Array.from({ length: LIMITS.dilemmas }, (_, i) =>
        makeDilemma(`d${i + 1}`, `Dilemma ${i + 1}`, {
          description: text,
          tippingPoint: text,
          tensions: text,
          good: text,
          hard: text,
          tops: text,
        }),
      ),
      nextSeq: LIMITS.dilemmas + 10,
    }
    await setup.cleanUp()
    setup = await serviceSetup({ session: huge, files: { ...nodeSessionFileOps, writeAtomic } })
    setup.dialogs.savePath = join(setup.dir, 'groot.dilemmas')
    expect(await setup.service.saveSessionFile()).toEqual({ ok: false, reason: 'too-large' })
    expect(writeAtomic).not.toHaveBeenCalled()
  })
})
