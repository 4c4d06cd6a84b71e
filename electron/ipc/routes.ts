import type { PageName } from '../core/app-origin'
import { INVOKE } from './invoke-table'
import { PUSH } from './push-table'

/** What a window's API needs of one call: where it goes, who may make it, whether it sends data. */
export interface InvokeRoute {
  readonly channel: string
  readonly pages: readonly PageName[]
  readonly hasPayload: boolean
}

/** What a window's API needs of one push: where it arrives and who receives it. */
export interface PushRoute {
  readonly channel: string
  readonly pages: readonly PageName[]
}

/**
 * The tables as plain data, without the payload schemas: only main checks payloads. The build
 * writes this into the preloads (electron.vite.config.ts), so they do not carry zod.
 */
export interface IpcRoutes {
  readonly invoke: Readonly<Record<string, InvokeRoute>>
  readonly push: Readonly<Record<string, PushRoute>>
}

export function ipcRoutes(): IpcRoutes {
  return {
    invoke: Object.fromEntries(
      Object.entries(INVOKE).map(([name, { channel, pages, hasPayload }]) => [
        name,
        { channel, pages, hasPayload },
      ]),
    ),
    push: Object.fromEntries(
      Object.entries(PUSH).map(([name, { channel, pages }]) => [name, { channel, pages }]),
    ),
  }
}
