import { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { vi } from 'vitest'
import type { DisplayInfo, Rect } from '../../../electron/core/display/choose-display'

/**
 * Small stand-ins for Electron's BrowserWindow and WebContents. Test files hand them to
 * `vi.mock('electron', …)`; they record what the glue does to them, so nothing needs the binary.
 */

export interface RecordedCall {
  readonly method: string
  readonly args: readonly unknown[]
}

/** An event as Electron passes it to 'close', 'will-navigate' and friends. */
export function fakeEvent(): { preventDefault: ReturnType<typeof vi.fn<() => void>> } {
  return { preventDefault: vi.fn<() => void>() }
}

export class FakeWebContents extends EventEmitter {
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>()
  readonly sendInputEvent = vi.fn<(event: unknown) => void>()
  loading = false
  windowOpenHandler: ((details: unknown) => unknown) | null = null

  constructor(readonly id: number) {
    super()
  }

  isLoading(): boolean {
    return this.loading
  }

  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  static nextContentsId = 100

  /** Set by a test: the pages whose loads fail (as loadURL rejects in Electron). */
  static failingLoads: (url: string) => boolean = () => false

  static reset(): void {
    FakeBrowserWindow.instances = []
    FakeBrowserWindow.nextContentsId = 100
    FakeBrowserWindow.failingLoads = () => false
  }

  readonly webContents: FakeWebContents
  /** Every method the code under test called, in order. */
  readonly calls: RecordedCall[] = []
  readonly loadURL = vi.fn(async (url: string): Promise<void> => {
    this.#record('loadURL', url)
    if (FakeBrowserWindow.failingLoads(url)) throw new Error(`ERR_FAILED (-2) loading '${url}'`)
  })
  fullScreen = false
  /** Set by a test to play macOS, where leaving fullscreen finishes later ('leave-full-screen'). */
  leavesFullScreenLater = false
  visible = false
  minimized = false
  destroyed = false

  bounds: Rectangle

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    }
    this.webContents = new FakeWebContents(FakeBrowserWindow.nextContentsId++)
    FakeBrowserWindow.instances.push(this)
  }

  /** The arguments of each call to `method`, in order. */
  callsOf(method: string): (readonly unknown[])[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args)
  }

  methods(): string[] {
    return this.calls.map((call) => call.method)
  }

  show(): void {
    this.#record('show')
    this.visible = true
  }

  showInactive(): void {
    this.#record('showInactive')
    this.visible = true
  }

  hide(): void {
    this.#record('hide')
    this.visible = false
  }

  focus(): void {
    this.#record('focus')
  }

  restore(): void {
    this.#record('restore')
    this.minimized = false
  }

  isMinimized(): boolean {
    return this.minimized
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  isFullScreen(): boolean {
    return this.fullScreen
  }

  isVisible(): boolean {
    return this.visible
  }

  setFullScreen(flag: boolean): void {
    this.#record('setFullScreen', flag)
    if (!flag && this.fullScreen && this.leavesFullScreenLater) return
    this.fullScreen = flag
  }

  /** Ends a fullscreen exit that `leavesFullScreenLater` held back, as macOS does. */
  finishLeavingFullScreen(): void {
    this.fullScreen = false
    this.emit('leave-full-screen')
  }

  setBounds(bounds: Partial<Rectangle>): void {
    this.#record('setBounds', bounds)
    this.bounds = { ...this.bounds, ...bounds }
  }

  getBounds(): Rectangle {
    return { ...this.bounds }
  }

  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.#record('setAlwaysOnTop', flag, level)
  }

  setAspectRatio(ratio: number): void {
    this.#record('setAspectRatio', ratio)
  }

  /** What Electron does once a close was not prevented. */
  destroy(): void {
    this.destroyed = true
    this.emit('closed')
  }

  #record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args })
  }
}

export function rect(x: number, y: number, width: number, height: number): Rect {
  return { x, y, width, height }
}

/** A display as `screen` reports it (only the fields the glue reads). */
export function display(id: number, label: string, bounds: Rect, taskbar = 40): DisplayInfo {
  return {
    id,
    label,
    bounds,
    workArea: { ...bounds, height: bounds.height - taskbar },
  }
}

/** A display with everything Electron's `screen` gives that the display glue reads. */
export function screenDisplay(
  id: number,
  label: string,
  bounds: Rect,
  scaleFactor = 1,
): DisplayInfo & { scaleFactor: number } {
  return { ...display(id, label, bounds), scaleFactor }
}
