import { CHANNELS, type InvokeChannel } from '../../contract'
import type { PageName } from '../security/app-origin'
import type { SessionHost } from './session-host'

export interface WindowActions {
  showProjector(): void
}

/** Which window may call which channel: the projector only reads. */
const ALLOWED: Record<PageName, ReadonlySet<InvokeChannel>> = {
  presenter: new Set([CHANNELS.getSnapshot, CHANNELS.dispatch, CHANNELS.showProjector]),
  projector: new Set([CHANNELS.getSnapshot]),
}

export class NotAllowedError extends Error {
  constructor(page: PageName, channel: string) {
    super(`${page} may not call ${channel}`)
    this.name = 'NotAllowedError'
  }
}

/**
 * Answers a window's call. Shared by the Electron IPC registration and the e2e harness, so the
 * tests exercise the same routing the app uses.
 */
export function createInvokeHandler(host: SessionHost, actions: WindowActions) {
  return (page: PageName, channel: string, payload: unknown): unknown => {
    const allowed = ALLOWED[page]
    if (!allowed.has(channel as InvokeChannel)) throw new NotAllowedError(page, channel)
    const known = channel as InvokeChannel
    switch (known) {
      case CHANNELS.getSnapshot:
        return host.getSnapshot()
      case CHANNELS.dispatch:
        return host.dispatch(payload)
      case CHANNELS.showProjector:
        actions.showProjector()
        return undefined
      default:
        return known satisfies never
    }
  }
}

export type InvokeHandler = ReturnType<typeof createInvokeHandler>
