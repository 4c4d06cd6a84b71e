// Runs inside the test browser before the page's own scripts, in place of the preload:
// the same createApi functions, over a transport that talks to the test process.
import {
  API_GLOBAL,
  createPresenterApi,
  createProjectorApi,
  type Transport,
} from '../../../electron/ipc/api'
import type { IpcRoutes } from '../../../electron/ipc/routes'
import {
  CALL_PATH,
  PUSH_STREAM_PATH,
  readPush,
  type CallAnswer,
  type PostedCall,
} from './page-channels'

// Written in when the shim is bundled, as the build does for the preloads.
declare const IPC_ROUTES: IpcRoutes

type Listener = (payload: unknown) => void

interface HarnessWindow {
  __ddInvoke(channel: string, payload: unknown): Promise<unknown>
  __ddPush?: (channel: string, payload: unknown) => void
  __ddPushJson?: (channel: string, json: string) => void
}

/**
 * With a channel token, the page talks over HTTP (page-channels.ts): pushes arrive as server-sent
 * events and calls are posts. Calls wait until the stream is open, so no push after the page's
 * first snapshot is lost.
 */
function httpChannels(token: string, deliver: (channel: string, json: string) => void) {
  const page = encodeURIComponent(token)
  const source = new EventSource(`${PUSH_STREAM_PATH}?page=${page}`)
  source.onmessage = (event: MessageEvent<string>) => {
    const { channel, json } = readPush(event.data)
    deliver(channel, json)
  }
  const open = new Promise<void>((resolve) => source.addEventListener('open', () => resolve()))
  return async (channel: string, payload: unknown): Promise<unknown> => {
    await open
    const body = JSON.stringify({ channel, payload } satisfies PostedCall)
    const response = await fetch(`${CALL_PATH}?page=${page}`, { method: 'POST', body })
    const answer = (await response.json()) as CallAnswer
    if (!answer.ok) throw new Error(answer.message)
    return answer.value
  }
}

export function install(page: 'presenter' | 'projector', channelToken?: string): void {
  const harness = window as unknown as HarnessWindow & Record<string, unknown>
  const listeners = new Map<string, Set<Listener>>()
  const invoke =
    channelToken === undefined
      ? (channel: string, payload: unknown) => harness.__ddInvoke(channel, payload)
      : httpChannels(channelToken, (channel, json) => harness.__ddPushJson?.(channel, json))
  const transport: Transport = {
    invoke,
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
