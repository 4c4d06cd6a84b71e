// Runs inside the test browser before the page's own scripts, in place of the preload:
// the same createApi functions, over a transport that talks to the test process.
import {
  API_GLOBAL,
  createPresenterApi,
  createProjectorApi,
  type Transport,
} from '../../../electron/ipc/api'
import type { IpcRoutes } from '../../../electron/ipc/routes'
import { PUSH_STREAM_PATH, readPush } from './push-streams'

// Written in when the shim is bundled, as the build does for the preloads.
declare const IPC_ROUTES: IpcRoutes

type Listener = (payload: unknown) => void

interface HarnessWindow {
  __ddInvoke(channel: string, payload: unknown): Promise<unknown>
  __ddPush?: (channel: string, payload: unknown) => void
  __ddPushJson?: (channel: string, json: string) => void
}

/**
 * With a stream token, pushes arrive as server-sent events (push-streams.ts) and the page's
 * first call waits until its stream is open, so no push after the page's first snapshot is lost.
 */
function openPushStream(token: string, deliver: (channel: string, json: string) => void) {
  const source = new EventSource(`${PUSH_STREAM_PATH}?page=${encodeURIComponent(token)}`)
  source.onmessage = (event: MessageEvent<string>) => {
    const { channel, json } = readPush(event.data)
    deliver(channel, json)
  }
  return new Promise<void>((resolve) => source.addEventListener('open', () => resolve()))
}

export function install(page: 'presenter' | 'projector', streamToken?: string): void {
  const harness = window as unknown as HarnessWindow & Record<string, unknown>
  const listeners = new Map<string, Set<Listener>>()
  const streamOpen =
    streamToken === undefined
      ? undefined
      : openPushStream(streamToken, (channel, json) => harness.__ddPushJson?.(channel, json))
  const transport: Transport = {
    invoke: (channel, payload) =>
      streamOpen
        ? streamOpen.then(() => harness.__ddInvoke(channel, payload))
        : harness.__ddInvoke(channel, payload),
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
  // Electron hands a push over already cloned, by native code. Sent as page.evaluate arguments,
  // every snapshot was rebuilt by Playwright's serializer in page JavaScript, whose compiled code
  // then counted in the page's heap. JSON.parse is native too; the look-up is late so a bench that
  // wraps __ddPush still sees every push.
  harness.__ddPushJson = (channel, json) => {
    harness.__ddPush?.(channel, JSON.parse(json))
  }
  const api =
    page === 'presenter'
      ? createPresenterApi(transport, IPC_ROUTES)
      : createProjectorApi(transport, IPC_ROUTES)
  harness[API_GLOBAL] = Object.freeze(api)
}
