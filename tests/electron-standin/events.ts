import type { Event as ElectronEvent } from 'electron'

/**
 * Electron's `Event`: a plain object whose listeners may call `preventDefault()`.
 * Follows docs/api/structures/event.md (electron.d.ts `type Event`).
 */
export function preventableEvent<Params extends object>(params: Params): ElectronEvent<Params> {
  let prevented = false
  const event = {
    ...params,
    preventDefault: () => {
      prevented = true
    },
  }
  Object.defineProperty(event, 'defaultPrevented', { get: () => prevented, enumerable: true })
  return event as ElectronEvent<Params>
}

/** Sequential ids, as Electron hands out for windows and web contents (both start at 1). */
export function counter(): () => number {
  let next = 1
  return () => next++
}
