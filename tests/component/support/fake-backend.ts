import {
  CHANNELS,
  createPresenterApi,
  ipcRoutes,
  createProjectorApi,
  type AppNotice,
  type DeckExportResult,
  type DeckImportResult,
  type PresenterApi,
  type ProjectorApi,
  type ReportProgress,
  type SessionFileState,
  type Transport,
  type Unsubscribe,
} from '@contract'
import { ScriptedPrint } from './scripted-print'
import type { CommandInput } from '@core/commands/schema'
import { createInvokeHandler, type InvokeHandler } from '@contract'
import type { Clock } from '@core/ports'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import type { Session } from '@core/session/schema'
import type { PageName } from '@core/app-origin'
import { windowActionMocks } from '../../support/window-action-mocks'
import { FakeDisplays } from '../../support/fake-displays'
import { ScriptedReports, ScriptedSessionFiles } from './scripted-services'

export { FALLBACK_FOLDER, SHARED_FOLDER } from './scripted-services'

/** A fixed moment, so every session the tests build is the same. */
export const TEST_NOW = Date.UTC(2025, 2, 14, 9, 30, 0)

export interface InvokeCall {
  readonly page: PageName
  readonly channel: string
  readonly payload: unknown
}

export interface FakeBackendOptions {
  /** Start from this session instead of a fresh default one. */
  readonly session?: Session
  /** Main's clock; a fixed TEST_NOW unless a test that keeps time brings its own. */
  readonly clock?: Clock
}

/**
 * The main process in miniature: the REAL SessionHost and invoke routing behind a transport
 * that behaves like IPC (asynchronous, structured-cloned payloads). Pages get their API from
 * `createPresenterApi` / `createProjectorApi`, exactly as the preload builds it.
 */
export class FakeBackend {
  readonly host: SessionHost
  /** Every call a page made, in order. */
  readonly calls: InvokeCall[] = []
  showProjectorCount = 0
  /** Texts the presenter asked main to put on the clipboard. */
  readonly copiedTexts: string[] = []
  /** What the next deck import or export dialog ends in (set by a test). */
  deckImportResult: DeckImportResult = { ok: false, reason: 'cancelled' }
  deckExportResult: DeckExportResult = { ok: false, reason: 'cancelled' }
  /** Main's display management over displays the test sets (a laptop and a beamer at first). */
  readonly displays = new FakeDisplays()
  /** Main's report service, scripted: what it answers and what it was asked. */
  readonly report = new ScriptedReports()
  /** Main's session-file service, scripted. */
  readonly sessionFile = new ScriptedSessionFiles()
  /** Main's Drukwerk service, scripted. */
  readonly print = new ScriptedPrint()

  readonly #handler: InvokeHandler
  readonly #noticeListeners = new Set<(payload: unknown) => void>()
  readonly #reportProgressListeners = new Set<(payload: unknown) => void>()
  readonly #sessionFileListeners = new Set<(payload: unknown) => void>()
  readonly #menuCommandListeners = new Set<(payload: unknown) => void>()
  #gate: Promise<void> | null = null
  #nextDispatchError: Error | null = null

  constructor(options: FakeBackendOptions = {}) {
    const clock: Clock = options.clock ?? { now: () => TEST_NOW }
    this.host = new SessionHost({ session: options.session ?? createSession(TEST_NOW), clock })
    this.#handler = createInvokeHandler(this.host, {
      // A call added to the invoke table has an answer here before a test gives it one.
      ...windowActionMocks(),
      showProjector: () => {
        this.showProjectorCount += 1
      },
      copyText: async (text) => {
        this.copiedTexts.push(text)
      },
      importDeck: async () => this.deckImportResult,
      exportDeck: async () => this.deckExportResult,
      ...this.displays.actions(),
      ...this.report.actions(() => this.host.getSnapshot().session),
      ...this.sessionFile.actions(),
      ...this.print.actions(),
    })
  }

  presenterApi(): PresenterApi {
    return createPresenterApi(this.transport('presenter'), ipcRoutes())
  }

  projectorApi(): ProjectorApi {
    return createProjectorApi(this.transport('projector'), ipcRoutes())
  }

  /** The commands the presenter sent over IPC, accepted or not. */
  get dispatched(): CommandInput[] {
    return this.calls
      .filter((call) => call.channel === CHANNELS.dispatch)
      .map((call) => call.payload as CommandInput)
  }

  /** Applies a command straight on the host (as another window would) and insists it works. */
  apply(command: CommandInput): void {
    const result = this.host.dispatch(command)
    if (!result.ok) throw new Error(`seed command refused: ${result.error.code}`)
  }

  /** Adds dilemmas in order and returns their ids. */
  seedDilemmas(...titles: string[]): string[] {
    const before = this.host.getSnapshot().session.dilemmas.length
    for (const title of titles) this.apply({ type: 'dilemma/add', title })
    return this.host
      .getSnapshot()
      .session.dilemmas.slice(before)
      .map((d) => d.id)
  }

  /** How many windows currently listen for notices. */
  get noticeListenerCount(): number {
    return this.#noticeListeners.size
  }

  /** What main would send to the presenter with `webContents.send(CHANNELS.notice, …)`. */
  pushNotice(notice: AppNotice): void {
    for (const listener of this.#noticeListeners) listener(structuredClone(notice))
  }

  /** What main would send with `webContents.send(CHANNELS.reportProgress, …)`. */
  pushReportProgress(progress: ReportProgress): void {
    for (const listener of this.#reportProgressListeners) listener(structuredClone(progress))
  }

  /** Sets main's session-file state and pushes it, as main does after every change. */
  pushSessionFile(state: SessionFileState): void {
    this.sessionFile.state = state
    for (const listener of this.#sessionFileListeners) listener(structuredClone(state))
  }

  /**
   * What main would send with `webContents.send(CHANNELS.menuCommand, …)` when a menu item is
   * clicked; `unknown`, so a test can send what a well-behaved main never would.
   */
  pushMenuCommand(payload: unknown): void {
    for (const listener of this.#menuCommandListeners) listener(structuredClone(payload))
  }

  /** How many windows currently listen for menu commands. */
  get menuCommandListenerCount(): number {
    return this.#menuCommandListeners.size
  }

  /**
   * Holds every dispatch until the returned function is called, like a busy main process.
   * Reads are not held.
   */
  holdDispatches(): () => void {
    let release: () => void = () => undefined
    this.#gate = new Promise<void>((resolve) => {
      release = () => {
        this.#gate = null
        resolve()
      }
    })
    return release
  }

  /** The next dispatch rejects, as `ipcRenderer.invoke` does when the main handler throws. */
  failNextDispatch(message = 'main process handler threw'): void {
    this.#nextDispatchError = new Error(message)
  }

  #pushListeners(channel: string): Set<(payload: unknown) => void> | null {
    if (channel === CHANNELS.notice) return this.#noticeListeners
    if (channel === CHANNELS.reportProgress) return this.#reportProgressListeners
    if (channel === CHANNELS.sessionFile) return this.#sessionFileListeners
    if (channel === CHANNELS.menuCommand) return this.#menuCommandListeners
    return null
  }

  transport(page: PageName): Transport {
    return {
      invoke: async (channel, payload) => {
        this.calls.push({ page, channel, payload })
        await Promise.resolve()
        if (channel === CHANNELS.dispatch) {
          if (this.#gate) await this.#gate
          const error = this.#nextDispatchError
          if (error) {
            this.#nextDispatchError = null
            throw error
          }
        }
        const answer: unknown = await this.#handler(page, channel, payload)
        return answer === undefined ? undefined : structuredClone(answer)
      },
      on: (channel: string, listener: (payload: unknown) => void): Unsubscribe => {
        if (channel === CHANNELS.displays) {
          if (page !== 'presenter') return () => undefined
          return this.displays.onChange((list) => {
            const copy = structuredClone(list)
            queueMicrotask(() => listener(copy))
          })
        }
        const listeners = this.#pushListeners(channel)
        if (listeners !== null) {
          if (page !== 'presenter') return () => undefined
          listeners.add(listener)
          return () => {
            listeners.delete(listener)
          }
        }
        // Pushes arrive asynchronously and as copies, as they do over IPC, and (as in Electron,
        // where both travel the same channel) before the reply to the dispatch that caused them.
        let active = true
        const stop = this.host.subscribe(() => {
          const copy = structuredClone(this.host.snapshotFor(page))
          queueMicrotask(() => {
            if (active) listener(copy)
          })
        })
        return () => {
          active = false
          stop()
        }
      },
    }
  }
}
