import { EventEmitter } from 'node:events'
import { existsSync } from 'node:fs'
import type { Clipboard, PowerMonitor, PowerSaveBlocker, Shell } from 'electron'
import { counter } from './events'

let clipboardText = ''

/** docs/api/clipboard.md: the system clipboard, kept in this process. */
export const clipboard: Pick<Clipboard, 'writeText' | 'readText' | 'clear'> = {
  // Electron's clipboard answers with promises (Electron 45).
  writeText: async (text: string) => {
    clipboardText = text
  },
  readText: async () => clipboardText,
  clear: () => {
    clipboardText = ''
  },
}

export const shellRecord = {
  opened: [] as string[],
  shown: [] as string[],
  external: [] as string[],
}

/**
 * docs/api/shell.md: nothing is handed to the desktop; what main asked is recorded. openPath
 * answers with an error text for a path that does not exist, as Electron does.
 */
export const shell: Pick<Shell, 'openPath' | 'showItemInFolder' | 'openExternal'> = {
  openPath: async (path: string) => {
    shellRecord.opened.push(path)
    return existsSync(path) ? '' : 'Failed to open path'
  },
  showItemInFolder: (path: string) => {
    shellRecord.shown.push(path)
  },
  openExternal: async (url: string) => {
    shellRecord.external.push(url)
  },
}

const nextBlocker = counter()
const blockers = new Map<number, string>()

/** docs/api/power-save-blocker.md */
export const powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'> = {
  start: (type) => {
    const id = nextBlocker()
    blockers.set(id, type)
    return id
  },
  stop: (id) => blockers.delete(id),
  isStarted: (id) => blockers.has(id),
}

export function activeBlockers(): string[] {
  return [...blockers.values()]
}

/** docs/api/power-monitor.md: 'suspend' and 'resume' when a test says the lid closed. */
class StandinPowerMonitor extends EventEmitter implements Pick<PowerMonitor, 'getSystemIdleTime'> {
  getSystemIdleTime(): number {
    return 0
  }
}

export const powerMonitor = new StandinPowerMonitor()
