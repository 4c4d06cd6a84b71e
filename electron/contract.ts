import type { CommandInput } from './core/commands/schema'
import type { DeckProblem } from './core/decks/deck-file'
import type { DisplayList } from './core/display/display-list'
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
  getDisplays: 'displays:get',
  chooseProjectorDisplay: 'displays:choose-projector',
  identifyDisplays: 'displays:identify',
  setProjectorFullscreenHere: 'displays:projector-fullscreen-here',
  snapshot: 'session:snapshot',
  notice: 'app:notice',
  displays: 'displays:changed',
} as const

/** Channels a window calls (ipcRenderer.invoke); the others are pushed by main. */
export const INVOKE_CHANNELS = [
  CHANNELS.getSnapshot,
  CHANNELS.dispatch,
  CHANNELS.showProjector,
  CHANNELS.copyText,
  CHANNELS.importDeck,
  CHANNELS.exportDeck,
  CHANNELS.getDisplays,
  CHANNELS.chooseProjectorDisplay,
  CHANNELS.identifyDisplays,
  CHANNELS.setProjectorFullscreenHere,
] as const

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number]
export type PushChannel =
  typeof CHANNELS.snapshot | typeof CHANNELS.notice | typeof CHANNELS.displays

export type { DisplayList, DisplaySummary } from './core/display/display-list'

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
  /** The connected displays and where the projector is; main pushes changes (hot-plug). */
  getDisplays(): Promise<DisplayList>
  onDisplays(listener: (displays: DisplayList) => void): Unsubscribe
  /** Puts the projector on a listed display (by id) and remembers the choice. */
  chooseProjectorDisplay(displayId: number): Promise<DisplayList>
  /** Shows each display's number on it for a few seconds. */
  identifyDisplays(): Promise<void>
  /** The projector fullscreen over the presenter's own screen, or back to a window. */
  setProjectorFullscreenHere(on: boolean): Promise<DisplayList>
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
    getDisplays: async () => (await transport.invoke(CHANNELS.getDisplays)) as DisplayList,
    onDisplays: (listener) =>
      transport.on(CHANNELS.displays, (payload) => listener(payload as DisplayList)),
    chooseProjectorDisplay: async (displayId) =>
      (await transport.invoke(CHANNELS.chooseProjectorDisplay, displayId)) as DisplayList,
    identifyDisplays: async () => {
      await transport.invoke(CHANNELS.identifyDisplays)
    },
    setProjectorFullscreenHere: async (on) =>
      (await transport.invoke(CHANNELS.setProjectorFullscreenHere, on)) as DisplayList,
  }
}
