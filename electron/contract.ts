import type { CommandInput } from './core/commands/schema'
import type { DeckProblem } from './core/decks/deck-file'
import type { DispatchResult } from './core/host/session-host'
import type { WindowSnapshot } from './core/session/schema'

/** IPC channel names: the only strings main and preload share. */
export const CHANNELS = {
  getSnapshot: 'session:get-snapshot',
  dispatch: 'session:dispatch',
  showProjector: 'window:show-projector',
  copyText: 'clipboard:copy-text',
  importDeck: 'deck:import',
  exportDeck: 'deck:export',
  snapshot: 'session:snapshot',
  notice: 'app:notice',
} as const

/** Channels a window calls (ipcRenderer.invoke); the others are pushed by main. */
export const INVOKE_CHANNELS = [
  CHANNELS.getSnapshot,
  CHANNELS.dispatch,
  CHANNELS.showProjector,
  CHANNELS.copyText,
  CHANNELS.importDeck,
  CHANNELS.exportDeck,
] as const

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number]
export type PushChannel = typeof CHANNELS.snapshot | typeof CHANNELS.notice

/** Things the main process tells the facilitator that are not part of the session. */
export type AppNotice =
  | { readonly kind: 'autosave-failed'; readonly folder: string }
  | { readonly kind: 'autosave-recovered' }

/** The outcome of a file dialog; main picks and owns the path, the window only learns this. */
export type DeckImportResult =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly reason: 'cancelled' | 'unreadable' | DeckProblem }

export type DeckExportResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'cancelled' | 'write-failed' }

export type Unsubscribe = () => void

/** The projector only reads. */
export interface ProjectorApi {
  getSnapshot(): Promise<WindowSnapshot>
  onSnapshot(listener: (snapshot: WindowSnapshot) => void): Unsubscribe
}

export interface PresenterApi extends ProjectorApi {
  dispatch(command: CommandInput): Promise<DispatchResult>
  showProjector(): Promise<void>
  copyText(text: string): Promise<void>
  importDeck(): Promise<DeckImportResult>
  exportDeck(): Promise<DeckExportResult>
  onNotice(listener: (notice: AppNotice) => void): Unsubscribe
}

/** How the API reaches the main process: ipcRenderer in the preload, a test binding in e2e. */
export interface Transport {
  invoke(channel: InvokeChannel, payload?: unknown): Promise<unknown>
  on(channel: PushChannel, listener: (payload: unknown) => void): Unsubscribe
}

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'dilemmaApi'

// Main is the only sender on these channels and validates everything it sends, so the
// renderer takes the payload types on trust instead of validating every snapshot again.
export function createProjectorApi(transport: Transport): ProjectorApi {
  return {
    getSnapshot: async () => (await transport.invoke(CHANNELS.getSnapshot)) as WindowSnapshot,
    onSnapshot: (listener) =>
      transport.on(CHANNELS.snapshot, (payload) => listener(payload as WindowSnapshot)),
  }
}

export function createPresenterApi(transport: Transport): PresenterApi {
  return {
    ...createProjectorApi(transport),
    dispatch: async (command) =>
      (await transport.invoke(CHANNELS.dispatch, command)) as DispatchResult,
    showProjector: async () => {
      await transport.invoke(CHANNELS.showProjector)
    },
    copyText: async (text) => {
      await transport.invoke(CHANNELS.copyText, text)
    },
    importDeck: async () => (await transport.invoke(CHANNELS.importDeck)) as DeckImportResult,
    exportDeck: async () => (await transport.invoke(CHANNELS.exportDeck)) as DeckExportResult,
    onNotice: (listener) =>
      transport.on(CHANNELS.notice, (payload) => listener(payload as AppNotice)),
  }
}
