import type { BrowserWindow, RenderProcessGoneDetails } from 'electron'

/** A page that goes more often than this within a minute is left as it is (it would loop). */
export const MAX_RELOADS_PER_MINUTE = 3
const MINUTE_MS = 60_000

/**
 * A window whose page crashed, was killed or ran out of memory shows its page again: the
 * session lives in main, so the reloaded page is whole at once. Told to `onGone` either way.
 */
export function reloadOnCrash(
  window: BrowserWindow,
  onGone: (details: RenderProcessGoneDetails) => void,
  now: () => number = () => Date.now(),
): void {
  const reloads: number[] = []
  window.webContents.on('render-process-gone', (_event, details) => {
    onGone(details)
    if (details.reason === 'clean-exit' || window.isDestroyed()) return
    const time = now()
    while (reloads.length > 0 && time - (reloads[0] ?? time) >= MINUTE_MS) reloads.shift()
    if (reloads.length >= MAX_RELOADS_PER_MINUTE) return
    reloads.push(time)
    window.webContents.reload()
  })
}
