// Runs inside the test browser before the page's own scripts, in place of the preload:
// the same createApi functions, over a transport that talks to the test process.
import {
  API_GLOBAL,
  createPresenterApi,
  createProjectorApi,
  type Transport,
} from '../../../electron/ipc/api'
import type { IpcRoutes } from '../../../electron/ipc/routes'

// Written in when the shim is bundled, as the build does for the preloads.
declare const IPC_ROUTES: IpcRoutes

type Listener = (payload: unknown) => void

interface HarnessWindow {
  __ddInvoke(channel: string, payload: unknown): Promise<unknown>
  __ddPush?: (channel: string, payload: unknown) => void
}

export function install(page: 'presenter' | 'projector'): void {
  const harness = window as unknown as HarnessWindow & Record<string, unknown>
  const listeners = new Map<string, Set<Listener>>()
  const transport: Transport = {
    invoke: (channel, payload) => harness.__ddInvoke(channel, payload),
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>()
      set.add(listener)
      listeners.set(channel, set)
      return () => {
        set.delete(listener)
      }
    },
  }
  harness.__ddPush = (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload)
  }
  const api =
    page === 'presenter'
      ? createPresenterApi(transport, IPC_ROUTES)
      : createProjectorApi(transport, IPC_ROUTES)
  harness[API_GLOBAL] = Object.freeze(api)
}
