import { isOwnPageUrl, type PageName } from '../../core/security/app-origin'

/** The parts of an IPC event the guard looks at (kept small so tests can build one). */
export interface SenderEvent {
  readonly sender: { readonly id: number; readonly mainFrame: unknown }
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null
}

export interface KnownWindows {
  readonly presenterId: number | null
  readonly projectorId: number | null
}

/**
 * Which of our pages sent this call, or null to refuse it: only the top frame of our own
 * presenter or projector window, showing our own page, is answered.
 */
export function pageOfSender(
  event: SenderEvent,
  windows: KnownWindows,
  devServerUrl?: string,
): PageName | null {
  const frame = event.senderFrame
  if (frame === null || frame.parent !== null || frame !== event.sender.mainFrame) return null
  if (!isOwnPageUrl(frame.url, devServerUrl)) return null
  const path = new URL(frame.url).pathname
  if (event.sender.id === windows.presenterId && path === '/presenter.html') return 'presenter'
  if (event.sender.id === windows.projectorId && path === '/projector.html') return 'projector'
  return null
}
