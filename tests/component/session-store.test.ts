import type {
  DeckExportResult,
  DeckImportResult,
  DisplayList,
  FollowUpSaveResult,
  PresenterApi,
  PrintDialogResult,
  PrintSaveResult,
  ProjectorApi,
  ReportFolderInfo,
  ReportSaveResult,
  SessionFileResult,
  SessionFileState,
  TeamOverviewResult,
  TeamSummarySaveResult,
  Unsubscribe,
} from '@contract'
import type { CommandInput } from '@core/commands/schema'
import type { DispatchResult } from '@core/host/session-host'
import type { HistoryState, WindowSnapshot } from '@core/session/schema'
import { useSessionStore } from '@common/session/session-store'
import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness } from './support/harness'

afterEach(cleanup)

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false }
const NO_DISPLAYS: DisplayList = {
  displays: [],
  projector: 'hidden',
  coversPresenter: false,
  missingRemembered: null,
  settingsReset: false,
}
const NO_FOLDER: ReportFolderInfo = { folder: null, fallbackFolder: '', pending: [] }
const NO_FILE: SessionFileState = { name: null, folder: null, unsaved: false, recent: [] }

/**
 * A snapshot as main would send it at `revision`: built by the real host (so every dilemma has
 * all its fields), with one dilemma titled `title` when given.
 */
function snapshotAt(revision: number, title?: string, history = NO_HISTORY): WindowSnapshot {
  const backend = new FakeBackend()
  if (title !== undefined) backend.seedDilemmas(title)
  return { ...backend.host.getSnapshot(), revision, history }
}

/** A hand-driven API: the test decides when the initial read answers and what gets pushed. */
class ScriptedApi implements PresenterApi {
  readonly log: string[] = []
  readonly listeners = new Set<(snapshot: WindowSnapshot) => void>()
  resolveRead: (snapshot: WindowSnapshot) => void = () => undefined
  dispatchAnswer: () => Promise<DispatchResult> = async () => ({ ok: true, revision: 1 })
  readonly sent: CommandInput[] = []

  getSnapshot(): Promise<WindowSnapshot> {
    this.log.push('getSnapshot')
    return new Promise((resolve) => {
      this.resolveRead = resolve
    })
  }

  onSnapshot(listener: (snapshot: WindowSnapshot) => void): Unsubscribe {
    this.log.push('onSnapshot')
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  push(snapshot: WindowSnapshot): void {
    for (const listener of this.listeners) listener(snapshot)
  }

  dispatch(command: CommandInput): Promise<DispatchResult> {
    this.sent.push(command)
    return this.dispatchAnswer()
  }

  showProjector(): Promise<void> {
    return Promise.resolve()
  }

  copyText(): Promise<void> {
    return Promise.resolve()
  }

  importDeck(): Promise<DeckImportResult> {
    return Promise.resolve({ ok: false, reason: 'cancelled' })
  }

  exportDeck(): Promise<DeckExportResult> {
    return Promise.resolve({ ok: false, reason: 'cancelled' })
  }

  onNotice(): Unsubscribe {
    return () => undefined
  }

  getDisplays(): Promise<DisplayList> {
    return Promise.resolve(NO_DISPLAYS)
  }

  onDisplays(): Unsubscribe {
    return () => undefined
  }

  chooseProjectorDisplay(): Promise<DisplayList> {
    return Promise.resolve(NO_DISPLAYS)
  }

  identifyDisplays(): Promise<void> {
    return Promise.resolve()
  }

  setProjectorFullscreenHere(): Promise<DisplayList> {
    return Promise.resolve(NO_DISPLAYS)
  }

  previewReport(): Promise<string> {
    return Promise.resolve('')
  }

  getReportFolder(): Promise<ReportFolderInfo> {
    return Promise.resolve(NO_FOLDER)
  }

  chooseReportFolder(): Promise<ReportFolderInfo> {
    return Promise.resolve(NO_FOLDER)
  }

  saveReport(): Promise<ReportSaveResult> {
    return Promise.resolve({ ok: false, reason: 'write-failed' })
  }

  retryReport(): Promise<ReportSaveResult> {
    return Promise.resolve({ ok: false, reason: 'nothing-pending' })
  }

  openReportFolder(): Promise<void> {
    return Promise.resolve()
  }

  onReportProgress(): Unsubscribe {
    return () => undefined
  }

  previewPrint(): Promise<string> {
    return Promise.resolve('')
  }

  savePrintPdf(): Promise<PrintSaveResult> {
    return Promise.resolve({ ok: false, reason: 'cancelled' })
  }

  sendToPrinter(): Promise<PrintDialogResult> {
    return Promise.resolve({ ok: false, reason: 'cancelled' })
  }

  getSessionFile(): Promise<SessionFileState> {
    return Promise.resolve(NO_FILE)
  }

  onSessionFile(): Unsubscribe {
    return () => undefined
  }

  openSessionFile(): Promise<SessionFileResult> {
    return Promise.resolve({ ok: false, reason: 'cancelled' })
  }

  openRecentSessionFile(): Promise<SessionFileResult> {
    return Promise.resolve({ ok: false, reason: 'missing' })
  }

  saveSessionFile(): Promise<SessionFileResult> {
    return Promise.resolve({ ok: false, reason: 'cancelled' })
  }

  saveSessionFileAs(): Promise<SessionFileResult> {
    return Promise.resolve({ ok: false, reason: 'cancelled' })
  }

  saveFollowUpSession(): Promise<FollowUpSaveResult> {
    return Promise.resolve({ ok: false, reason: 'invalid-date' })
  }

  chooseTeamFolder(): Promise<TeamOverviewResult> {
    return Promise.resolve({ ok: false, reason: 'cancelled' })
  }

  saveTeamSummary(): Promise<TeamSummarySaveResult> {
    return Promise.resolve({ ok: false, reason: 'no-overview' })
  }

  onMenuCommand(): Unsubscribe {
    return () => undefined
  }
}

describe('session store: connect', () => {
  it('subscribes before it reads, so no push between the two is lost', async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)

    expect(api.log).toEqual(['onSnapshot', 'getSnapshot'])
    expect(store.session).toBeNull()
    expect(store.snapshot).toBeNull()
    expect(store.revision).toBe(-1)
    expect(store.history).toEqual(NO_HISTORY)

    api.resolveRead(snapshotAt(4, 'Gelezen'))
    await connecting
    expect(store.revision).toBe(4)
    expect(store.session?.dilemmas[0]?.title).toBe('Gelezen')
  })

  it('keeps a newer push that overtook the initial read', async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)

    api.push(snapshotAt(6, 'Nieuwer', { canUndo: true, canRedo: false }))
    api.resolveRead(snapshotAt(5, 'Ouder', { canUndo: false, canRedo: true }))
    await connecting

    expect(store.revision).toBe(6)
    expect(store.session?.dilemmas[0]?.title).toBe('Nieuwer')
    // The undo state travels with its snapshot: the older one's never wins either.
    expect(store.history).toEqual({ canUndo: true, canRedo: false })
  })

  it('never lets a lower or equal revision replace a higher one', async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)
    api.resolveRead(snapshotAt(3, 'Drie'))
    await connecting

    api.push(snapshotAt(2, 'Twee'))
    expect(store.session?.dilemmas[0]?.title).toBe('Drie')
    api.push(snapshotAt(3, 'Nog eens drie', { canUndo: true, canRedo: true }))
    expect(store.session?.dilemmas[0]?.title).toBe('Drie')
    expect(store.history).toEqual(NO_HISTORY)
    api.push(snapshotAt(4, 'Vier'))
    expect(store.revision).toBe(4)
    expect(store.session?.dilemmas[0]?.title).toBe('Vier')
  })

  it('accept() follows the same rule for a snapshot handed in directly', async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)
    api.resolveRead(snapshotAt(2, 'Twee'))
    await connecting

    store.accept(snapshotAt(1, 'Een'))
    expect(store.session?.dilemmas[0]?.title).toBe('Twee')
    store.accept(snapshotAt(7, 'Zeven'))
    expect(store.revision).toBe(7)
    expect(store.snapshot?.session.dilemmas[0]?.title).toBe('Zeven')
  })

  it('stops following pushes after the returned unsubscribe', async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)
    api.resolveRead(snapshotAt(1))
    const unsubscribe = await connecting

    unsubscribe()
    expect(api.listeners.size).toBe(0)
    api.push(snapshotAt(2, 'Te laat'))
    expect(store.revision).toBe(1)
  })

  it('mirrors the real host: every accepted command arrives as the next revision', async () => {
    const { store, backend } = await createHarness()
    expect(store.revision).toBe(0)
    expect(store.session?.principles.length).toBeGreaterThan(0)
    expect(store.history).toEqual(NO_HISTORY)

    backend.apply({ type: 'dilemma/add', title: 'Van elders' })
    await flushPromises()

    expect(store.revision).toBe(1)
    expect(store.session?.dilemmas.map((d) => d.title)).toEqual(['Van elders'])
    expect(store.history).toEqual({ canUndo: true, canRedo: false })
  })

  it("mirrors the host's undo history: undo and redo move the session and the flags", async () => {
    const { store } = await createHarness()
    await store.dispatch({ type: 'setup/edit', title: 'Team Noord' })
    await flushPromises()
    expect(store.session?.setup.title).toBe('Team Noord')
    expect(store.history).toEqual({ canUndo: true, canRedo: false })

    await expect(store.dispatch({ type: 'history/undo' })).resolves.toEqual({
      ok: true,
      revision: 2,
    })
    await flushPromises()
    expect(store.session?.setup.title).toBe('')
    expect(store.history).toEqual({ canUndo: false, canRedo: true })

    await store.dispatch({ type: 'history/redo' })
    await flushPromises()
    expect(store.revision).toBe(3)
    expect(store.session?.setup.title).toBe('Team Noord')
    expect(store.history).toEqual({ canUndo: true, canRedo: false })
  })
})

describe('session store: dispatch', () => {
  it('returns the host result and clears an earlier failure on success', async () => {
    const { store } = await createHarness()
    await store.dispatch({ type: 'dilemma/remove', id: 'bestaat-niet' })
    expect(store.lastFailure).toBe('unknown-dilemma')

    const result = await store.dispatch({ type: 'dilemma/add', title: 'Goed' })
    await flushPromises()

    expect(result).toEqual({ ok: true, revision: 1 })
    expect(store.lastFailure).toBeNull()
    expect(store.session?.dilemmas.map((d) => d.title)).toEqual(['Goed'])
  })

  it('records the error code of a rejected command', async () => {
    const { store } = await createHarness()
    const result = await store.dispatch({ type: 'projector/show-principle', principleId: 'nope' })

    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-principle', detail: 'nope' },
    })
    expect(store.lastFailure).toBe('unknown-principle')
  })

  it('records invalid-command for input the schema refuses', async () => {
    const { store } = await createHarness()
    const result = await store.dispatch({ type: 'dilemma/add', title: '   ' })
    expect(result?.ok).toBe(false)
    expect(store.lastFailure).toBe('invalid-command')
  })

  it('records nothing-to-undo and nothing-to-redo when the history is empty', async () => {
    const { store } = await createHarness()
    const undo = await store.dispatch({ type: 'history/undo' })
    expect(undo).toEqual({
      ok: false,
      error: { code: 'nothing-to-undo', detail: 'nothing-to-undo' },
    })
    expect(store.lastFailure).toBe('nothing-to-undo')

    await store.dispatch({ type: 'history/redo' })
    expect(store.lastFailure).toBe('nothing-to-redo')
    expect(store.revision).toBe(0)
  })

  it("records 'unexpected' and returns null when the API throws", async () => {
    const { store, backend } = await createHarness()
    backend.failNextDispatch()

    const result = await store.dispatch({ type: 'dilemma/add', title: 'Verloren?' })

    expect(result).toBeNull()
    expect(store.lastFailure).toBe('unexpected')
    expect(backend.host.getSnapshot().session.dilemmas).toEqual([])
  })

  it("records 'unexpected' for a rejected promise from a hand-made API too", async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)
    api.resolveRead(snapshotAt(0))
    await connecting
    api.dispatchAnswer = () => Promise.reject(new Error('IPC closed'))

    await expect(store.dispatch({ type: 'dilemma/make-current', id: null })).resolves.toBeNull()
    expect(store.lastFailure).toBe('unexpected')
    expect(api.sent).toEqual([{ type: 'dilemma/make-current', id: null }])
  })

  it('clearFailure forgets the failure', async () => {
    const { store } = await createHarness()
    await store.dispatch({ type: 'dilemma/remove', id: 'x' })
    store.clearFailure()
    expect(store.lastFailure).toBeNull()
  })

  it('reportFailure shows a failure that did not come from a dispatch', async () => {
    const { store, backend } = await createHarness()
    store.reportFailure('unexpected')
    expect(store.lastFailure).toBe('unexpected')
    expect(backend.dispatched).toEqual([])

    await store.dispatch({ type: 'dilemma/add', title: 'Daarna gaat het goed' })
    expect(store.lastFailure).toBeNull()
  })

  it('throws for the projector, whose API can only read', async () => {
    const { store, backend, api } = await createHarness({ role: 'projector' })
    expect('dispatch' in api).toBe(false)

    await expect(store.dispatch({ type: 'dilemma/add', title: 'Mag niet' })).rejects.toThrow(
      'This window cannot send commands',
    )
    expect(backend.calls.map((call) => call.channel)).toEqual(['session:get-snapshot'])
    expect(store.lastFailure).toBeNull()
  })

  it('throws before it is connected', async () => {
    const store = useSessionStore(createPinia())
    await expect(store.dispatch({ type: 'dilemma/make-current', id: null })).rejects.toThrow(
      'This window cannot send commands',
    )
  })

  it('the projector store still follows the presenter on the same host', async () => {
    const backend = new FakeBackend()
    const presenter = await createHarness({ backend })
    const projector = await createHarness({ backend, role: 'projector' })
    const readOnly: ProjectorApi = projector.api
    expect(Object.keys(readOnly).sort()).toEqual(['getSnapshot', 'onSnapshot'])

    await presenter.store.dispatch({ type: 'projector/show-principle', principleId: 'integer' })
    await flushPromises()

    expect(projector.store.session?.projector.principleId).toBe('integer')
    expect(projector.store.revision).toBe(presenter.store.revision)
    expect(projector.store.history).toEqual(presenter.store.history)
  })

  it("the projector store gets the session without the facilitator's private notes", async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'starter/edit', observation: 'Bram twijfelt; let op hem.' })
    const presenter = await createHarness({ backend })
    const projector = await createHarness({ backend, role: 'projector' })

    const presenterNotes = presenter.store.session?.phases.map((p) => p.notes) ?? []
    expect(presenterNotes.every((notes) => notes !== '')).toBe(true)
    expect(presenter.store.session?.starter.observation).toBe('Bram twijfelt; let op hem.')
    expect(projector.store.session?.phases.map((p) => p.notes)).toEqual(
      presenterNotes.map(() => ''),
    )
    expect(projector.store.session?.starter.observation).toBe('')
    // Everything else is the same session.
    expect(projector.store.session?.phases.map((p) => p.title)).toEqual(
      presenter.store.session?.phases.map((p) => p.title),
    )
    expect(projector.store.session?.starter.statement).toBe(
      presenter.store.session?.starter.statement,
    )
  })
})
