import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { invitationIcs } from '@core/calendar/invitation-ics'
import type { FollowUpPlan } from '@core/follow-up/follow-up-contract'
import { followUpInvitation } from '@core/follow-up/follow-up-invitation'
import { followUpSession } from '@core/follow-up/follow-up-session'
import { parseSessionFile } from '@core/session-file/session-file-format'
import { createFollowUpService } from '@node/follow-up/follow-up-service'
import type { ReportFolderSettings } from '@node/report/report-folder-settings'
import type { ReportFolderStore } from '@node/report/report-folder-store'
import { heldSession, NOW, PLAN } from '../../follow-up/follow-up-fixture'
import { FAST_RETRY } from '../report/report-save-setup'
import { FaultyFiles, listFolder, type Fault } from '../report/safe-write-faults'

const NAME = '2027-01-07 Vervolgsessie - Team Toezicht – casuïstiek'
const SESSION_FILE = `${NAME}.dilemmas`
const INVITATION = `${NAME}.ics`
const held = heldSession()

let root = ''
let shared = ''
let fallback = ''
let faulty = new FaultyFiles()
let chosen: ReportFolderSettings = { version: 1, folder: null, pending: [] }

/** The report's folder choice as main keeps it; only `get` is used here. */
const folderStore: ReportFolderStore = {
  get: () => chosen,
  set: async (settings) => {
    chosen = settings
  },
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dd-follow-up-'))
  shared = join(root, 'share', 'Verslagen')
  fallback = join(root, 'Documenten', "Dansende Dilemma's", 'Verslagen')
  await mkdir(shared, { recursive: true })
  chosen = { version: 1, folder: shared, pending: [] }
  faulty = new FaultyFiles()
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function save(plan: FollowUpPlan = PLAN) {
  return createFollowUpService({
    session: () => held,
    now: () => NOW,
    appVersion: '1.2.3',
    folderStore,
    fallbackFolder: fallback,
    files: faulty.ops(),
    retry: FAST_RETRY,
    uid: () => 'vast',
  }).saveFollowUpSession(plan)
}

const sharedFaults = (...faults: Omit<Fault, 'under'>[]) =>
  faulty.add(...faults.map((fault) => ({ ...fault, under: shared })))
const BOTH = [
  { kind: 'session', name: SESSION_FILE },
  { kind: 'invitation', name: INVITATION },
] as const

describe('saveFollowUpSession', () => {
  it('writes the session file and the invitation beside the report', async () => {
    expect(await save()).toEqual({
      ok: true,
      where: 'shared',
      folder: shared,
      files: BOTH,
      reason: null,
    })
    expect(await listFolder(shared)).toEqual([INVITATION, SESSION_FILE].sort())
    expect(await listFolder(fallback)).toEqual([])
  })

  it('writes a session file that opens as the follow-up session, and its invitation', async () => {
    await save()
    const next = followUpSession(held, PLAN, NOW)
    const file = await readFile(join(shared, SESSION_FILE))
    expect(parseSessionFile(file)).toEqual({ ok: true, session: next, migratedFrom: null })
    expect(JSON.parse(file.toString('utf8'))).toMatchObject({ savedAt: NOW, appVersion: '1.2.3' })
    const invitation = followUpInvitation(next, PLAN, NOW, 'vast@dansende-dilemmas')
    expect(await readFile(join(shared, INVITATION), 'utf8')).toBe(invitationIcs(invitation))
  })

  it('uses the local folder, made for it, when no report folder was chosen', async () => {
    chosen = { ...chosen, folder: null }
    expect(await save()).toEqual({
      ok: true,
      where: 'fallback',
      folder: fallback,
      files: BOTH,
      reason: 'no-folder',
    })
    expect(await listFolder(fallback)).toEqual([INVITATION, SESSION_FILE].sort())
    expect(await listFolder(shared)).toEqual([])
  })

  it('puts both files in the local folder, with why, when the report folder refuses them', async () => {
    sharedFaults({ step: 'create', effect: { code: 'EACCES' } })
    expect(await save()).toEqual({
      ok: true,
      where: 'fallback',
      folder: fallback,
      files: BOTH,
      reason: 'no-permission',
    })
    expect(await listFolder(fallback)).toEqual([INVITATION, SESSION_FILE].sort())
    expect(await listFolder(shared)).toEqual([])
  })

  it('never splits the pair: when only the invitation fails, both are in the local folder', async () => {
    sharedFaults({ step: 'create', skip: 1, effect: { code: 'ENOSPC' } })
    expect(await save()).toMatchObject({ ok: true, where: 'fallback', reason: 'disk-full' })
    expect(await listFolder(fallback)).toEqual([INVITATION, SESSION_FILE].sort())
    const local = await readFile(join(fallback, SESSION_FILE))
    expect(await readFile(join(shared, SESSION_FILE))).toEqual(local)
  })

  it('says nothing was saved when the local folder fails too', async () => {
    faulty.add({ step: 'create', effect: { code: 'EROFS' } })
    expect(await save()).toEqual({ ok: false, reason: 'write-failed', detail: 'read-only' })
    expect(await listFolder(shared)).toEqual([])
    expect(await listFolder(fallback)).toEqual([])
  })

  it('never overwrites a file of the same name: the new one gets " (2)"', async () => {
    await writeFile(join(shared, SESSION_FILE), 'de vorige vervolgsessie')
    expect(await save()).toMatchObject({
      ok: true,
      where: 'shared',
      files: [
        { kind: 'session', name: `${NAME} (2).dilemmas` },
        { kind: 'invitation', name: INVITATION },
      ],
    })
    expect(await readFile(join(shared, SESSION_FILE), 'utf8')).toBe('de vorige vervolgsessie')
    const second = await readFile(join(shared, `${NAME} (2).dilemmas`))
    expect(parseSessionFile(second).ok).toBe(true)
  })

  it('writes nothing for a day the calendar does not have', async () => {
    expect(await save({ ...PLAN, date: '2027-02-30' })).toEqual({
      ok: false,
      reason: 'invalid-date',
    })
    expect(faulty.calls).toEqual([])
    expect(await listFolder(shared)).toEqual([])
    expect(await listFolder(fallback)).toEqual([])
  })
})
