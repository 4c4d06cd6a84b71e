import { ipcMain } from 'electron'
import { INVOKE_CHANNELS, type InvokeHandler } from '../../ipc/handler'
import type { PageName } from '../../core/app-origin'
import type { SenderEvent } from './sender-guard'

export class RefusedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused ${channel}: the caller is not one of our windows`)
    this.name = 'RefusedSenderError'
  }
}

/** Every call is checked for its sender before the shared handler sees it. */
export function registerIpc(
  handler: InvokeHandler,
  pageOf: (event: SenderEvent) => PageName | null,
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const page = pageOf(event)
      if (page === null) throw new RefusedSenderError(channel)
      return handler(page, channel, payload)
    })
  }
}
