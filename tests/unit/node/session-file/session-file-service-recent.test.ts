import { unlink, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSession } from '@core/session/default-session'
import { serialiseSessionFile } from '@core/session-file/session-file-format'
import { largeSession } from '../../../support/large-session'
import { serviceSetup, T0, type ServiceSetup } from './service-setup'

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

describe('recent files and files from the system', () => {
  it('opens a recent file by its place in the list, most recent first', async () => {
    const a = await storedFile('a.dilemmas')
    const b = await storedFile('b.dilemmas', serialiseSessionFile(createSession(T0, 'en'), T0))
    await setup.service.openPath(a)
    await setup.service.openPath(b)
    expect(setup.service.getSessionFile().recent.map((file) => file.name)).toEqual([
      'b.dilemmas',
      'a.dilemmas',
    ])
    expect(await setup.service.openRecentSessionFile(1)).toMatchObject({
      ok: true,
      name: 'a.dilemmas',
    })
    expect(setup.session()).toEqual(stored)
    expect(setup.service.getSessionFile().recent[0]?.name).toBe('a.dilemmas')
  })

  it('gives missing for a place outside the list', async () => {
    expect(await setup.service.openRecentSessionFile(0)).toEqual({ ok: false, reason: 'missing' })
    await setup.service.openPath(await storedFile())
    expect(await setup.service.openRecentSessionFile(1)).toEqual({ ok: false, reason: 'missing' })
  })

  it('forgets a recent file that has gone', async () => {
    const a = await storedFile('a.dilemmas')
    await setup.service.openPath(a)
    await unlink(a)
    expect(await setup.service.openRecentSessionFile(0)).toEqual({ ok: false, reason: 'missing' })
    expect(setup.service.getSessionFile().recent).toEqual([])
    expect(setup.lastState()?.recent).toEqual([])
    expect((await setup.recentStore.load()).paths).toEqual([])
  })

  it('keeps a recent file that is there but damaged', async () => {
    const a = await storedFile('a.dilemmas')
    await setup.service.openPath(a)
    await writeFile(a, 'kapot')
    expect(await setup.service.openRecentSessionFile(0)).toEqual({ ok: false, reason: 'not-json' })
    expect(setup.service.getSessionFile().recent).toHaveLength(1)
  })

  it('reads the remembered list at start and tells the windows', async () => {
    const a = await storedFile('a.dilemmas')
    await setup.recentStore.save([a])
    const again = await serviceSetup({ dir: setup.dir })
    const expected = [{ name: 'a.dilemmas', folder: setup.dir }]
    expect(again.service.getSessionFile().recent).toEqual(expected)
    expect(again.states).toEqual([{ name: null, folder: null, unsaved: false, recent: expected }])
  })

  it('runs one file action at a time: a double-click waits for an open dialog', async () => {
    const a = await storedFile('a.dilemmas')
    const b = await storedFile('b.dilemmas', serialiseSessionFile(createSession(T0, 'en'), T0))
    let answer: (path: string | null) => void = () => undefined
    setup.chooseOpenPath.mockImplementation(
      () => new Promise<string | null>((resolve) => (answer = resolve)),
    )
    const fromDialog = setup.service.openSessionFile()
    const fromSystem = setup.service.openPath(b)
    await vi.waitFor(() => expect(setup.chooseOpenPath).toHaveBeenCalled())
    expect(setup.session().dilemmas).toEqual([])
    answer(a)
    expect(await fromDialog).toMatchObject({ ok: true, name: 'a.dilemmas' })
    expect(await fromSystem).toMatchObject({ ok: true, name: 'b.dilemmas' })
    expect(setup.session().locale).toBe('en')
  })
})
