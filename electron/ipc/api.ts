import type { PageName } from '../core/app-origin'
export { API_GLOBAL } from '../core/app-origin'
import { reaches, type ArgsOf, type PayloadOf, type PushPayloadOf, type ResultOf } from './define'
import type { InvokeName, InvokeTable } from './invoke-table'
import type { PushName, PushTable } from './push-table'
import type { IpcRoutes } from './routes'

export type Unsubscribe = () => void

/** How the API reaches the main process: ipcRenderer in the preload, a test binding elsewhere. */
export interface Transport {
  invoke(channel: string, payload?: unknown): Promise<unknown>
  on(channel: string, listener: (payload: unknown) => void): Unsubscribe
}

type Calls<Page extends PageName> = {
  [K in InvokeName as Page extends InvokeTable[K]['pages'][number] ? K : never]: (
    ...args: ArgsOf<PayloadOf<InvokeTable[K]>>
  ) => Promise<Awaited<ResultOf<InvokeTable[K]>>>
}

export type ListenerName<K extends string> = `on${Capitalize<K>}`

type Listeners<Page extends PageName> = {
  [K in PushName as Page extends PushTable[K]['pages'][number] ? ListenerName<K> : never]: (
    listener: (payload: PushPayloadOf<PushTable[K]>) => void,
  ) => Unsubscribe
}

/** What one window's preload exposes: its calls by name, and `on<Push>` for what main sends it. */
export type WindowApi<Page extends PageName> = Calls<Page> & Listeners<Page>
export type PresenterApi = WindowApi<'presenter'>
/** The projector only reads. */
export type ProjectorApi = WindowApi<'projector'>

export function listenerName<K extends string>(name: K): ListenerName<K> {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as ListenerName<K>
}

/**
 * Builds a window's API from the tables' routes (`ipcRoutes()`): every call and push open to
 * that page, nothing else.
 */
export function createWindowApi<Page extends PageName>(
  page: Page,
  transport: Transport,
  routes: IpcRoutes,
): WindowApi<Page> {
  const api: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(routes.invoke)) {
    if (!reaches(spec.pages, page)) continue
    api[name] = spec.hasPayload
      ? (payload: unknown) => transport.invoke(spec.channel, payload)
      : () => transport.invoke(spec.channel)
  }
  for (const [name, spec] of Object.entries(routes.push)) {
    if (!reaches(spec.pages, page)) continue
    api[listenerName(name)] = (listener: (payload: unknown) => void) =>
      transport.on(spec.channel, listener)
  }
  // Main is the only sender on these channels and validates everything it sends, so the
  // page takes the result and payload types from the table instead of checking them again.
  return api as WindowApi<Page>
}

export const createPresenterApi = (transport: Transport, routes: IpcRoutes): PresenterApi =>
  createWindowApi('presenter', transport, routes)
export const createProjectorApi = (transport: Transport, routes: IpcRoutes): ProjectorApi =>
  createWindowApi('projector', transport, routes)
