import { isOwnPageUrl, type PageName } from '../../core/app-origin'

/** The frame fields the guard reads: all documented on WebFrameMain. */
export interface SenderFrame {
  readonly url: string
  readonly parent: unknown
  readonly detached: boolean
  readonly frameTreeNodeId: number
}

/** The parts of an IPC event the guard looks at (kept small so tests can build one). */
export interface SenderEvent {
  readonly sender: { readonly id: number; readonly mainFrame: Pick<SenderFrame, 'frameTreeNodeId'> }
  readonly senderFrame: SenderFrame | null
}

export interface KnownWindows {
  readonly presenterId: number | null
  readonly projectorId: number | null
}

/**
 * Which of our pages sent this call, or null to refuse it: only the top frame of our own
 * presenter or projector window, showing our own page, is answered. Electron does not promise
 * that a frame is the same object each time it is looked up (electron/electron#43473), so the
 * frame is recognised by its documented fields: still attached, without a parent, and the
 * frame tree node of its web contents' main frame.
 */
export function pageOfSender(
  event: SenderEvent,
  windows: KnownWindows,
  devServerUrl?: string,
): PageName | null {
  const frame = event.senderFrame
  if (frame === null || frame.detached || frame.parent !== null) return null
  if (frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId) return null
  if (!isOwnPageUrl(frame.url, devServerUrl)) return null
  const path = new URL(frame.url).pathname
  if (event.sender.id === windows.presenterId && path === '/presenter.html') return 'presenter'
  if (event.sender.id === windows.projectorId && path === '/projector.html') return 'projector'
  return null
}
