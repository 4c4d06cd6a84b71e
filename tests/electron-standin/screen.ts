import { EventEmitter } from 'node:events'
import type { Display, Point, Rectangle, Screen } from 'electron'
import { displayMatching, LAPTOP_DISPLAY, toDisplay, type DisplaySpec } from './display-spec'
import { preventableEvent } from './events'
import { requireReady } from './lifecycle'

type ScreenFields =
  | 'getAllDisplays'
  | 'getPrimaryDisplay'
  | 'getDisplayMatching'
  | 'getDisplayNearestPoint'
  | 'getCursorScreenPoint'

/**
 * docs/api/screen.md: the displays a test plugs in and out. Usable only after 'ready'; every
 * call hands out fresh Display objects, as Electron does.
 */
class StandinScreen extends EventEmitter implements Pick<Screen, ScreenFields> {
  #displays: Display[] = [toDisplay(LAPTOP_DISPLAY)]
  #primaryId = LAPTOP_DISPLAY.id

  getAllDisplays(): Display[] {
    requireReady('screen.getAllDisplays')
    return this.#displays.map((display) => structuredClone(display))
  }

  getPrimaryDisplay(): Display {
    requireReady('screen.getPrimaryDisplay')
    const primary = this.#displays.find((display) => display.id === this.#primaryId)
    if (primary === undefined) throw new Error('no primary display')
    return structuredClone(primary)
  }

  getDisplayMatching(rect: Rectangle): Display {
    return structuredClone(displayMatching(this.#displays, rect) ?? this.getPrimaryDisplay())
  }

  getDisplayNearestPoint(point: Point): Display {
    return this.getDisplayMatching({ ...point, width: 1, height: 1 })
  }

  getCursorScreenPoint(): Point {
    return { x: 0, y: 0 }
  }

  /** Test control: a display plugged in. */
  addDisplay(spec: DisplaySpec): void {
    const display = toDisplay(spec)
    this.#displays = [...this.#displays.filter((item) => item.id !== spec.id), display]
    this.emit('display-added', preventableEvent({}), structuredClone(display))
  }

  /** Test control: a display unplugged (never the primary one). */
  removeDisplay(id: number): void {
    const display = this.#displays.find((item) => item.id === id)
    if (display === undefined || id === this.#primaryId) return
    this.#displays = this.#displays.filter((item) => item.id !== id)
    this.emit('display-removed', preventableEvent({}), structuredClone(display))
  }

  /** Test control: the displays at start, before anything asks for them. */
  setDisplays(specs: readonly DisplaySpec[]): void {
    const first = specs[0]
    if (first === undefined) return
    this.#displays = specs.map(toDisplay)
    this.#primaryId = first.id
  }
}

export const screen = new StandinScreen()
