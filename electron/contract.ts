import type { CommandInput } from './core/commands/schema'
import type { DispatchResult } from './core/host/session-host'
import type { Snapshot } from './core/session/schema'

/** IPC channel names: the only strings main and preload share. */
export const CHANNELS = {
  getSnapshot: 'session:get-snapshot',
  dispatch: 'session:dispatch',
  showProjector: 'window:show-projector',
  snapshot: 'session:snapshot',
  notice: 'app:notice',
} as const

export type InvokeChannel =
  typeof CHANNELS.getSnapshot | typeof CHANNELS.dispatch | typeof CHANNELS.showProjector
export type PushChannel = typeof CHANNELS.snapshot | typeof CHANNELS.notice

/** Things the main process tells the facilitator that are not part of the session. */
export type AppNotice =
  | { readonly kind: 'autosave-failed'; readonly folder: string }
  | { readonly kind: 'autosave-recovered' }

export type Unsubscribe = () => void

/** The projector only reads. */
export interface ProjectorApi {
  getSnapshot(): Promise<Snapshot>
  onSnapshot(listener: (snapshot: Snapshot) => void): Unsubscribe
}

export interface PresenterApi extends ProjectorApi {
  dispatch(command: CommandInput): Promise<DispatchResult>
  showProjector(): Promise<void>
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
    getSnapshot: async () => (await transport.invoke(CHANNELS.getSnapshot)) as Snapshot,
    onSnapshot: (listener) =>
      transport.on(CHANNELS.snapshot, (payload) => listener(payload as Snapshot)),
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
    onNotice: (listener) =>
      transport.on(CHANNELS.notice, (payload) => listener(payload as AppNotice)),
  }
}
