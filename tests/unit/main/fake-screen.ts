import { EventEmitter } from 'node:events'
import type { DisplayInfo } from '../../../electron/core/display/choose-display'

/**
 * A stand-in for Electron's `screen`: the displays a test connects, and the events it emits.
 * Test files hand it to `vi.mock('electron', …)`; it imports nothing from Electron itself.
 */
class FakeScreen extends EventEmitter {
  #displays: DisplayInfo[] = []

  getAllDisplays(): DisplayInfo[] {
    return this.#displays
  }

  getPrimaryDisplay(): DisplayInfo | undefined {
    return this.#displays[0]
  }

  /** Connects these displays; the first is the primary one. */
  connect(...displays: DisplayInfo[]): void {
    this.#displays = displays
  }

  /** Emits a screen event as Electron does, with an event object first. */
  emitScreen(event: string, ...args: unknown[]): void {
    this.emit(event, {}, ...args)
  }

  reset(...displays: DisplayInfo[]): void {
    this.removeAllListeners()
    this.connect(...displays)
  }
}

export const fakeScreen = new FakeScreen()
