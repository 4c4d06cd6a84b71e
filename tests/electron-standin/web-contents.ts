import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  Input,
  IpcMainInvokeEvent,
  KeyboardInputEvent,
  MouseInputEvent,
  MouseWheelInputEvent,
  PrintToPDFOptions,
  WebContentsPrintOptions,
  Session,
  WebContents,
  WebFrameMain,
  WindowOpenHandlerResponse,
} from 'electron'
import type { CDPSession, Frame, Page, Request, Route } from 'playwright-core'
import { counter, preventableEvent } from './events'
import { ipcMain } from './ipc-main'
import { keyInfo, playwrightKeyOf } from './keys'
import { requireReady } from './lifecycle'
import type { InvokeReply, PageMessage } from './page-messages'
import { queuedPrint } from './dialog'
import { pageRuntimeScript } from './page-runtime'
import { registry } from './registry'
import type { StandinSession } from './session'
import { toChromiumUrl, toElectronUrl } from './url-bridge'
import { StandinWebFrameMain } from './web-frame-main'

/**
 * Loads a test wants to fail, as a load fails in Electron (a page file held by a virus scanner):
 * ELECTRON_STANDIN_FAILING_LOADS names page paths and how many of their first loads fail.
 */
const failingLoads = new Map<string, number>(
  Object.entries(
    JSON.parse(process.env['ELECTRON_STANDIN_FAILING_LOADS'] ?? '{}') as Record<string, number>,
  ),
)

function stagedLoadFailure(url: string): boolean {
  const path = URL.canParse(url) ? new URL(url).pathname : ''
  const left = failingLoads.get(path) ?? 0
  if (left > 0) failingLoads.set(path, left - 1)
  return left > 0
}

const BINDING = '__electronStandinIpc'
const DELIVER = '__electronStandinDeliver'
const nextContentsId = counter()

export interface ContentsOptions {
  readonly session: StandinSession
  readonly preload: string | null
  readonly javascript: boolean
  readonly width: number
  readonly height: number
  /** The window this belongs to; a key the page leaves alone goes to its menu. */
  readonly onUnhandledKey: (message: Extract<PageMessage, { kind: 'unhandled-key' }>) => void
  readonly onFirstPaint: () => void
  /** The window-open handler allowed a window: it opens as a new BrowserWindow. */
  readonly onOpenWindow: (url: string, options: BrowserWindowConstructorOptions) => void
}

type ContentsFields =
  | 'id'
  | 'send'
  | 'getURL'
  | 'getTitle'
  | 'loadURL'
  | 'reload'
  | 'isDestroyed'
  | 'isCrashed'
  | 'isLoading'
  | 'setWindowOpenHandler'
  | 'printToPDF'
  | 'print'
  | 'sendInputEvent'
  | 'focus'
  | 'executeJavaScript'
  | 'forcefullyCrashRenderer'
  | 'close'

type OpenHandler = (details: HandlerDetails) => WindowOpenHandlerResponse

/**
 * docs/api/web-contents.md: one Chromium page. Main's IPC reaches it through `send`, the page's
 * through the binding the page runtime holds; navigation, loading and crash events follow the
 * page's own.
 */
export class StandinWebContents extends EventEmitter implements Pick<WebContents, ContentsFields> {
  readonly id = nextContentsId()
  readonly #options: ContentsOptions
  #page: Promise<Page>
  #size: { width: number; height: number }
  #livePage: Page | null = null
  #cdp: CDPSession | null = null
  #destroyed = false
  #crashed = false
  #loading = false
  /** Pushes are delivered once the page runtime said it is there; before that they are lost. */
  #runtimeReady = false
  /** The address loadURL is loading: navigations main asked for emit no will-navigate. */
  #programmatic: string | null = null
  #openHandler: OpenHandler | null = null
  #painted = false

  constructor(options: ContentsOptions) {
    super()
    this.#options = options
    this.#size = { width: options.width, height: options.height }
    this.#page = this.#createPage()
    // Nothing awaits the page at first; a failure shows in loadURL.
    this.#page.catch(() => undefined)
    registry.contents.set(this.id, this)
  }

  get session(): Session {
    return this.#options.session as unknown as Session
  }

  get mainFrame(): WebFrameMain {
    const page = this.#requirePage('mainFrame')
    return StandinWebFrameMain.of(page.mainFrame(), page, this.id)
  }

  /** The page, for the stand-in's own control (keys, screenshots). */
  page(): Promise<Page> {
    return this.#page
  }

  /** A page for the window; one whose set-up fails is closed, and says why on stderr. */
  async #createPage(): Promise<Page> {
    try {
      return await this.#setUpPage()
    } catch (error) {
      process.stderr.write(`[stand-in] page set-up failed: ${String(error).split('\n')[0]}\n`)
      const failed = this.#livePage
      this.#livePage = null
      await failed?.close().catch(() => undefined)
      throw error
    }
  }

  async #setUpPage(): Promise<Page> {
    const chromium = requireReady('new BrowserWindow')
    const page = await chromium.newPage()
    this.#livePage = page
    await page.setViewportSize(this.#size)
    this.#cdp = await page.context().newCDPSession(page)
    if (!this.#options.javascript) {
      await this.#cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
    }
    await page.exposeBinding(BINDING, ({ frame }, message: PageMessage) =>
      this.#onPageMessage(frame, message),
    )
    const preload = this.#options.preload
    const preloadSource = preload !== null && isAbsolute(preload) ? readText(preload) : null
    await page.addInitScript({
      content: pageRuntimeScript(
        {
          binding: BINDING,
          deliver: DELIVER,
          preloadFile: preloadSource === null ? null : preload,
          process: {
            platform: process.platform,
            arch: process.arch,
            versions: { ...process.versions } as Record<string, string>,
            env: {},
          },
        },
        preloadSource,
      ),
    })
    await page.route('**/*', (route) => this.#route(route))
    page.on('load', () => {
      this.#loading = false
      this.emit('did-finish-load', preventableEvent({}))
      void this.#afterFirstPaint(page)
    })
    page.on('domcontentloaded', () => this.emit('dom-ready', preventableEvent({})))
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return
      this.#runtimeReady = false
      this.emit('did-navigate', preventableEvent({}), toElectronUrl(frame.url()), 200, 'OK')
    })
    page.on('crash', () => {
      this.#crashed = true
      this.emit('render-process-gone', preventableEvent({}), { reason: 'crashed', exitCode: 0 })
    })
    page.on('popup', (popup) => void this.#onPopup(popup))
    // A page replaced after a crash closes without taking the web contents along.
    page.on('close', () => {
      if (page === this.#livePage) this.#markDestroyed()
    })
    return page
  }

  /** The window's content size changed: the page follows (stand-in internal). */
  resize(width: number, height: number): void {
    this.#size = { width, height }
    void this.#page.then((page) => page.setViewportSize(this.#size)).catch(() => undefined)
  }

  #requirePage(what: string): Page {
    if (this.#destroyed) throw new Error(`Object has been destroyed (${what})`)
    if (this.#livePage === null) throw new Error(`${what}: the renderer is not there yet`)
    return this.#livePage
  }

  async #afterFirstPaint(page: Page): Promise<void> {
    if (this.#painted) return
    this.#painted = true
    await page
      .evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      )
      .catch(() => undefined)
    this.#options.onFirstPaint()
  }

  // --- from the page ----------------------------------------------------------------------------

  async #onPageMessage(frame: Frame, message: PageMessage): Promise<unknown> {
    const page = this.#livePage
    if (page === null || this.#destroyed) return undefined
    switch (message.kind) {
      case 'ready':
        if (frame === page.mainFrame()) this.#runtimeReady = true
        return undefined
      case 'invoke':
        return ipcMain.invokeFromRenderer(
          message.channel,
          this.#ipcEvent(frame, page),
          message.args,
        )
      case 'send':
        ipcMain.emit(message.channel, this.#ipcEvent(frame, page), ...message.args)
        return undefined
      case 'open':
        this.#askOpenHandler(message.url, message.frameName, message.features)
        return undefined
      case 'unhandled-key':
        if (frame === page.mainFrame()) this.#options.onUnhandledKey(message)
        return undefined
      default:
        return message satisfies never
    }
  }

  /** docs/api/structures/ipc-main-invoke-event.md: the sender and the frame that sent it. */
  #ipcEvent(frame: Frame, page: Page): IpcMainInvokeEvent {
    const senderFrame = StandinWebFrameMain.of(frame, page, this.id)
    return preventableEvent({
      type: 'frame' as const,
      processId: this.id,
      frameId: senderFrame.routingId,
      sender: this as unknown as WebContents,
      senderFrame,
    })
  }

  /** docs/api/web-contents.md `setWindowOpenHandler`; no handler allows, as in Electron. */
  #askOpenHandler(url: string, frameName: string, features: string): boolean {
    const details: HandlerDetails = {
      url: toElectronUrl(url),
      frameName,
      features,
      disposition: 'new-window',
      referrer: { url: this.getURL(), policy: 'strict-origin-when-cross-origin' },
    }
    const answer = this.#openHandler ? this.#openHandler(details) : { action: 'allow' as const }
    if (answer.action === 'deny') return false
    this.#options.onOpenWindow(details.url, answer.overrideBrowserWindowOptions ?? {})
    return true
  }

  /**
   * A window Chromium opened past `window.open` (a link with a target): the handler is asked,
   * and an allowed window opens as a BrowserWindow of its own; Chromium's popup always goes.
   */
  async #onPopup(popup: Page): Promise<void> {
    const url = popup.url()
    await popup.close().catch(() => undefined)
    this.#askOpenHandler(url, '', '')
  }

  // --- requests ---------------------------------------------------------------------------------

  async #route(route: Route): Promise<void> {
    const request = route.request()
    const url = toElectronUrl(request.url())
    const page = this.#livePage
    if (page === null) return route.abort('aborted')
    const frame = safeFrame(request)
    if (
      request.isNavigationRequest() &&
      frame !== null &&
      !this.#navigationAllowed(request, frame, page, url)
    ) {
      return route.abort('aborted')
    }
    const webRequest = this.#options.session.webRequestHandlers
    const decision = await webRequest.decide({
      id: 0,
      url,
      method: request.method(),
      webContentsId: this.id,
      webContents: this as unknown as WebContents,
      frame: frame === null ? null : StandinWebFrameMain.of(frame, page, this.id),
      resourceType: resourceTypeOf(request, frame === page.mainFrame()),
      referrer: request.headers()['referer'] ?? '',
      timestamp: Date.now(),
      uploadData: [],
    })
    if (decision.cancel) return route.abort('blockedbyclient')
    const scheme = url.slice(0, url.indexOf(':'))
    const handler = this.#options.session.protocolHandlers.handlers.get(scheme)
    // The stand-in has no network: an address no handler answers fails as if offline.
    if (handler === undefined) return route.abort('internetdisconnected')
    try {
      const response = await handler(new Request(url, { method: request.method() }))
      const headers: Record<string, string> = {}
      response.headers.forEach((value, key) => (headers[key] = value))
      await route.fulfill({
        status: response.status,
        headers,
        body: Buffer.from(await response.arrayBuffer()),
      })
    } catch {
      await route.abort('failed')
    }
  }

  /** will-navigate / will-frame-navigate (docs/api/web-contents.md) for what main did not ask. */
  #navigationAllowed(request: Request, frame: Frame, page: Page, url: string): boolean {
    const isMainFrame = frame === page.mainFrame()
    if (isMainFrame && this.#programmatic === request.url()) {
      this.#programmatic = null
      return true
    }
    const frameMain = StandinWebFrameMain.of(frame, page, this.id)
    const event = preventableEvent({ url, isSameDocument: false, isMainFrame, frame: frameMain })
    this.emit('will-frame-navigate', event)
    if (isMainFrame && !event.defaultPrevented) {
      this.emit('will-navigate', event, url, false, isMainFrame, this.id, frameMain.routingId)
    }
    return !event.defaultPrevented
  }

  // --- main's side ------------------------------------------------------------------------------

  async loadURL(url: string): Promise<void> {
    // A window whose page could not be set up gets a fresh one for the next load, as Chromium
    // starts a new renderer for a navigation after one failed to launch.
    const page = await this.#page.catch(() => {
      if (this.#destroyed) throw new Error(`ERR_FAILED (-2) loading '${url}'`)
      this.#page = this.#createPage()
      return this.#page
    })
    const target = toChromiumUrl(url)
    this.#programmatic = target
    this.#loading = true
    try {
      if (stagedLoadFailure(url)) throw new Error('a failure the test staged')
      await page.goto(target, { waitUntil: 'load' })
    } catch (error) {
      this.#loading = false
      // The app logs only a code; the test reading the output wants the reason.
      process.stderr.write(`[stand-in] loading ${url} failed: ${String(error).split('\n')[0]}\n`)
      this.emit('did-fail-load', preventableEvent({}), -3, String(error), url, true)
      throw new Error(`ERR_FAILED (-2) loading '${url}'`)
    }
  }

  /**
   * Loads the page again. After a crash Chromium gives the page a new renderer; here that is a
   * new playwright page in the same web contents (a crashed one cannot be used again).
   */
  reload(): void {
    if (!this.#crashed) {
      void this.#page
        .then((page) => {
          this.#programmatic = page.url()
          return page.reload()
        })
        .catch(() => undefined)
      return
    }
    this.#crashed = false
    const crashed = this.#livePage
    const url = crashed?.url() ?? 'about:blank'
    this.#page = this.#createPage()
    this.#page.catch(() => undefined)
    void this.#page
      .then(async (page) => {
        await crashed?.close()
        this.#programmatic = url
        await page.goto(url, { waitUntil: 'load' })
      })
      .catch(() => undefined)
  }

  getURL(): string {
    return this.#livePage === null ? '' : toElectronUrl(this.#livePage.url())
  }

  getTitle(): string {
    return ''
  }

  isLoading(): boolean {
    return this.#loading
  }

  isDestroyed(): boolean {
    return this.#destroyed
  }

  isCrashed(): boolean {
    return this.#crashed
  }

  /**
   * Main to the page's `ipcRenderer.on` listeners, in order (one DevTools session carries them
   * in sequence). Sent before the page's preload ran, a message is lost.
   */
  send(channel: string, ...args: unknown[]): void {
    if (this.#destroyed) throw new Error('Object has been destroyed')
    const cdp = this.#cdp
    if (cdp === null || !this.#runtimeReady) return
    const payload = JSON.stringify([channel, structuredClone(args)])
    void cdp
      .send('Runtime.evaluate', { expression: `globalThis.${DELIVER}(...${payload})` })
      .catch(() => undefined)
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.#openHandler = handler
  }

  print(
    options?: WebContentsPrintOptions,
    callback?: (success: boolean, failureReason: string) => void,
  ): void {
    if (this.#destroyed) throw new Error('Object has been destroyed')
    queuedPrint(this.getTitle(), options, callback)
  }

  async printToPDF(options: PrintToPDFOptions): Promise<Buffer> {
    const page = await this.#page
    const inch = (value: number | undefined) => (value === undefined ? undefined : `${value}in`)
    const size = options.pageSize
    return page.pdf({
      ...(typeof size === 'string' ? { format: size } : {}),
      ...(typeof size === 'object' ? { width: inch(size.width), height: inch(size.height) } : {}),
      landscape: options.landscape ?? false,
      printBackground: options.printBackground ?? false,
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      scale: options.scale ?? 1,
      displayHeaderFooter: options.displayHeaderFooter ?? false,
      margin: {
        top: inch(options.margins?.top),
        bottom: inch(options.margins?.bottom),
        left: inch(options.margins?.left),
        right: inch(options.margins?.right),
      },
    })
  }

  /** docs/api/web-contents.md `sendInputEvent`: keyboard events reach the page as typed. */
  sendInputEvent(input: MouseInputEvent | MouseWheelInputEvent | KeyboardInputEvent): void {
    const cdp = this.#cdp
    if (cdp === null || !('keyCode' in input)) return
    const info = keyInfo(input.keyCode)
    if (info === null) return
    const modifiers = input.modifiers ?? []
    const bits =
      (modifiers.includes('alt') ? 1 : 0) |
      (modifiers.includes('control') || modifiers.includes('ctrl') ? 2 : 0) |
      (modifiers.includes('meta') || modifiers.includes('cmd') ? 4 : 0) |
      (modifiers.includes('shift') ? 8 : 0)
    const type = input.type === 'keyUp' ? 'keyUp' : input.type === 'char' ? 'char' : 'rawKeyDown'
    void cdp
      .send('Input.dispatchKeyEvent', {
        type,
        key: info.key,
        code: info.code,
        windowsVirtualKeyCode: info.keyCode,
        modifiers: bits,
      })
      .catch(() => undefined)
  }

  /**
   * A key pressed by the person at the keyboard: 'before-input-event' first (main may keep it
   * from the page), then the page. Test control, not an Electron API.
   */
  async pressKey(
    name: string,
    modifiers: readonly ('control' | 'shift' | 'alt' | 'meta')[] = [],
  ): Promise<void> {
    const info = keyInfo(name)
    if (info === null) throw new Error(`unknown key ${name}`)
    const page = await this.#page
    const held = modifiers.map(
      (m) => ({ control: 'Control', shift: 'Shift', alt: 'Alt', meta: 'Meta' })[m],
    )
    const key = playwrightKeyOf(info.key)
    for (const type of ['keyDown', 'keyUp'] as const) {
      const input: Input = {
        type,
        key: info.key,
        code: info.code,
        isAutoRepeat: false,
        isComposing: false,
        shift: modifiers.includes('shift'),
        control: modifiers.includes('control'),
        alt: modifiers.includes('alt'),
        meta: modifiers.includes('meta'),
        location: 0,
        modifiers: [...modifiers],
      }
      const event = preventableEvent({})
      this.emit('before-input-event', event, input)
      if (event.defaultPrevented) continue
      if (type === 'keyDown') {
        for (const modifier of held) await page.keyboard.down(modifier)
        await page.keyboard.down(key)
      } else {
        await page.keyboard.up(key)
        for (const modifier of [...held].reverse()) await page.keyboard.up(modifier)
      }
    }
  }

  /**
   * An IPC call as a compromised renderer would send it from one of this page's frames (0 is
   * the top frame, then the others in document order): main sees that frame as the sender.
   * Test control, not an Electron API.
   */
  async invokeFromFrame(
    frameIndex: number,
    channel: string,
    args: unknown[],
  ): Promise<InvokeReply> {
    const page = await this.#page
    const frame = page.frames()[frameIndex]
    if (frame === undefined) throw new Error(`no frame ${frameIndex}`)
    return ipcMain.invokeFromRenderer(channel, this.#ipcEvent(frame, page), args)
  }

  focus(): void {
    void this.#page.then((page) => page.bringToFront()).catch(() => undefined)
  }

  executeJavaScript(code: string): Promise<unknown> {
    return this.#page.then((page) => page.evaluate(code))
  }

  forcefullyCrashRenderer(): void {
    void this.#cdp?.send('Page.crash').catch(() => undefined)
  }

  close(): void {
    void this.#page.then((page) => page.close()).catch(() => undefined)
  }

  #markDestroyed(): void {
    if (this.#destroyed) return
    this.#destroyed = true
    registry.contents.delete(this.id)
    this.emit('destroyed', preventableEvent({}))
  }
}

function safeFrame(request: Request): Frame | null {
  try {
    return request.frame()
  } catch {
    // Requests of service workers have no frame.
    return null
  }
}

function resourceTypeOf(request: Request, mainFrame: boolean) {
  if (request.isNavigationRequest())
    return mainFrame ? ('mainFrame' as const) : ('subFrame' as const)
  switch (request.resourceType()) {
    case 'stylesheet':
      return 'stylesheet' as const
    case 'script':
      return 'script' as const
    case 'image':
      return 'image' as const
    case 'font':
      return 'font' as const
    case 'xhr':
    case 'fetch':
      return 'xhr' as const
    default:
      return 'other' as const
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}
