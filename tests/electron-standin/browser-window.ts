import { EventEmitter } from 'node:events'
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Rectangle,
  WebContents,
  WebPreferences,
} from 'electron'
import { counter, preventableEvent } from './events'
import { lifecycle } from './lifecycle'
import { registry } from './registry'
import { screen } from './screen'
import { defaultSession, sessionFor, type StandinSession } from './session'
import { StandinWebContents } from './web-contents'
import { windowEvents } from './window-events'

const nextWindowId = counter()

type WindowFields =
  | 'id'
  | 'show'
  | 'showInactive'
  | 'hide'
  | 'isVisible'
  | 'focus'
  | 'isFocused'
  | 'close'
  | 'destroy'
  | 'isDestroyed'
  | 'getBounds'
  | 'setBounds'
  | 'setFullScreen'
  | 'isFullScreen'
  | 'setAspectRatio'
  | 'isMinimized'
  | 'minimize'
  | 'restore'
  | 'setAlwaysOnTop'
  | 'isAlwaysOnTop'
  | 'loadURL'
  | 'getTitle'
  | 'setTitle'

/**
 * Electron refuses nothing here, but this app must never open a weakened window, so the
 * stand-in refuses one: no sandbox, no context isolation, Node in the page, web security off.
 * The sandbox counts as on when the window asks for it or app.enableSandbox() was called.
 */
function weakness(preferences: WebPreferences): string | null {
  const nodeIntegration = preferences.nodeIntegration === true
  if (!(lifecycle.sandboxAll || preferences.sandbox === true)) return 'the sandbox is off'
  if (preferences.contextIsolation === false) return 'context isolation is off'
  if (nodeIntegration) return 'nodeIntegration is on'
  if (preferences.nodeIntegrationInSubFrames === true) return 'nodeIntegrationInSubFrames is on'
  if (preferences.nodeIntegrationInWorker === true) return 'nodeIntegrationInWorker is on'
  if (preferences.webSecurity === false) return 'webSecurity is off'
  if (preferences.allowRunningInsecureContent === true) return 'insecure content is allowed'
  if (preferences.webviewTag === true) return 'the webview tag is on'
  if (preferences.experimentalFeatures === true) return 'experimental features are on'
  if (preferences.enableBlinkFeatures) return 'Blink features are enabled'
  return null
}

/**
 * docs/api/browser-window.md (and base-window.md): a window is a Chromium page of the window's
 * size. The stand-in has no window frame: the bounds are the page's. Fullscreen changes take a
 * moment, as on macOS, so code that waits for 'leave-full-screen' is exercised.
 */
export class StandinBrowserWindow
  extends EventEmitter
  implements Pick<BrowserWindow, WindowFields>
{
  readonly id = nextWindowId()
  readonly #contents: StandinWebContents
  readonly #options: BrowserWindowConstructorOptions
  #bounds: Rectangle
  #normalBounds: Rectangle
  #visible = false
  #fullScreen = false
  #minimized = false
  #alwaysOnTop = false
  #destroyed = false
  #title: string
  #aspectRatio = 0

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super()
    const preferences = options.webPreferences ?? {}
    const weak = weakness(preferences)
    if (weak !== null) throw new Error(`electron-standin refuses a weakened window: ${weak}`)
    this.#options = options
    this.#title = options.title ?? ''
    const primary = screen.getPrimaryDisplay().workArea
    const width = options.width ?? 800
    const height = options.height ?? 600
    this.#bounds = this.#clamp({
      x: options.x ?? primary.x + Math.round((primary.width - width) / 2),
      y: options.y ?? primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
    })
    this.#normalBounds = { ...this.#bounds }
    const session = sessionOf(preferences)
    this.#contents = new StandinWebContents({
      session,
      preload: preferences.preload ?? null,
      javascript: preferences.javascript !== false,
      width: this.#bounds.width,
      height: this.#bounds.height,
      onUnhandledKey: (key) => windowEvents.unhandledKey(this, key),
      onFirstPaint: () => this.emit('ready-to-show', preventableEvent({})),
      // A child window has its opener's preferences unless the handler overrides them.
      onOpenWindow: (url, override) => {
        const child = new StandinBrowserWindow({
          ...override,
          webPreferences: { ...preferences, ...override.webPreferences },
        })
        void child.loadURL(url).catch(() => undefined)
      },
    })
    this.#contents.once('destroyed', () => this.#finish())
    registry.windows.set(this.id, this)
    windowEvents.created(this)
    if (options.show !== false) this.show()
  }

  get webContents(): WebContents {
    return this.#contents as unknown as WebContents
  }

  /** The stand-in's own web contents (for its control, not an Electron API). */
  get contents(): StandinWebContents {
    return this.#contents
  }

  static getAllWindows(): BrowserWindow[] {
    return [...registry.windows.values()].map((window) => window as unknown as BrowserWindow)
  }

  static getFocusedWindow(): BrowserWindow | null {
    const id = registry.focusedWindowId
    const window = id === null ? undefined : registry.windows.get(id)
    return window ? (window as unknown as BrowserWindow) : null
  }

  static fromWebContents(contents: WebContents): BrowserWindow | null {
    for (const window of registry.windows.values()) {
      if (window.#contents === (contents as unknown as StandinWebContents)) {
        return window as unknown as BrowserWindow
      }
    }
    return null
  }

  static fromId(id: number): BrowserWindow | null {
    const window = registry.windows.get(id)
    return window ? (window as unknown as BrowserWindow) : null
  }

  loadURL(url: string): Promise<void> {
    return this.#contents.loadURL(url)
  }

  show(): void {
    this.#alive('show')
    this.showInactive()
    this.focus()
  }

  showInactive(): void {
    this.#alive('showInactive')
    this.#minimized = false
    if (this.#visible) return
    this.#visible = true
    this.emit('show', preventableEvent({}))
  }

  hide(): void {
    this.#alive('hide')
    if (!this.#visible) return
    this.#visible = false
    if (registry.focusedWindowId === this.id) this.loseFocus()
    this.emit('hide', preventableEvent({}))
  }

  isVisible(): boolean {
    return this.#visible && !this.#minimized
  }

  focus(): void {
    this.#alive('focus')
    if (this.#options.focusable === false || registry.focusedWindowId === this.id) return
    const previous = registry.focusedWindowId
    if (previous !== null) registry.windows.get(previous)?.loseFocus()
    registry.focusedWindowId = this.id
    this.#contents.focus()
    this.emit('focus', preventableEvent({}))
  }

  /** Another window took the focus, or this one was hidden (stand-in internal). */
  loseFocus(): void {
    if (registry.focusedWindowId === this.id) registry.focusedWindowId = null
    this.emit('blur', preventableEvent({}))
  }

  isFocused(): boolean {
    return registry.focusedWindowId === this.id
  }

  /** 'close' first, which main may prevent; then the window goes. */
  close(): void {
    if (this.#destroyed) return
    const event = preventableEvent({})
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }

  destroy(): void {
    if (this.#destroyed) return
    this.#contents.close()
    this.#finish()
  }

  #finish(): void {
    if (this.#destroyed) return
    this.#destroyed = true
    this.#visible = false
    registry.windows.delete(this.id)
    if (registry.focusedWindowId === this.id) registry.focusedWindowId = null
    this.emit('closed')
    windowEvents.closed(this)
  }

  isDestroyed(): boolean {
    return this.#destroyed
  }

  getBounds(): Rectangle {
    this.#alive('getBounds')
    return { ...this.#bounds }
  }

  setBounds(bounds: Partial<Rectangle>): void {
    this.#alive('setBounds')
    // A fullscreen window keeps its place until it has left fullscreen.
    if (this.#fullScreen) return
    this.#place(this.#clamp({ ...this.#bounds, ...bounds }))
    this.#normalBounds = { ...this.#bounds }
  }

  setFullScreen(flag: boolean): void {
    this.#alive('setFullScreen')
    if (flag === this.#fullScreen) return
    setTimeout(() => {
      if (this.#destroyed || flag === this.#fullScreen) return
      this.#fullScreen = flag
      if (flag) {
        this.#normalBounds = { ...this.#bounds }
        this.#place(screen.getDisplayMatching(this.#bounds).bounds)
        this.emit('enter-full-screen', preventableEvent({}))
      } else {
        this.#place(this.#normalBounds)
        this.emit('leave-full-screen', preventableEvent({}))
      }
    }, 30)
  }

  isFullScreen(): boolean {
    return this.#fullScreen
  }

  setAspectRatio(aspectRatio: number): void {
    this.#aspectRatio = aspectRatio
  }

  /** The aspect ratio the facilitator's resizing keeps (stand-in control). */
  get aspectRatio(): number {
    return this.#aspectRatio
  }

  isMinimized(): boolean {
    return this.#minimized
  }

  minimize(): void {
    this.#minimized = true
  }

  restore(): void {
    this.#minimized = false
  }

  setAlwaysOnTop(flag: boolean): void {
    this.#alwaysOnTop = flag
  }

  isAlwaysOnTop(): boolean {
    return this.#alwaysOnTop
  }

  getTitle(): string {
    return this.#title
  }

  setTitle(title: string): void {
    this.#title = title
  }

  #place(bounds: Rectangle): void {
    const resized = bounds.width !== this.#bounds.width || bounds.height !== this.#bounds.height
    this.#bounds = { ...bounds }
    this.emit('move', preventableEvent({}))
    if (!resized) return
    this.emit('resize', preventableEvent({}))
    this.#contents.resize(bounds.width, bounds.height)
  }

  #clamp(bounds: Rectangle): Rectangle {
    return {
      ...bounds,
      width: Math.max(bounds.width, this.#options.minWidth ?? 0),
      height: Math.max(bounds.height, this.#options.minHeight ?? 0),
    }
  }

  #alive(what: string): void {
    if (this.#destroyed) throw new TypeError(`Object has been destroyed (${what})`)
  }
}

function sessionOf(preferences: WebPreferences): StandinSession {
  if (preferences.session) return preferences.session as unknown as StandinSession
  if (preferences.partition) return sessionFor(preferences.partition)
  return defaultSession
}
