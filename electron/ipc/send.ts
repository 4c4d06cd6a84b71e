import type { PushPayloadOf } from './define'
import { PUSH, type PushName, type PushTable } from './push-table'

/** The part of Electron's WebContents a push needs. */
export interface PushTarget {
  send(channel: string, payload: unknown): void
}

/** Main's only way to push to a window: the channel and payload type come from the table. */
export function sendPush<K extends PushName>(
  target: PushTarget,
  name: K,
  payload: PushPayloadOf<PushTable[K]>,
): void {
  target.send(PUSH[name].channel, payload)
}
