import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { AboutPanelOptionsOptions, App, BrowserWindow, CommandLine } from 'electron'
import { StandinChromium } from './chromium'
import { StandinCommandLine } from './command-line'
import { preventableEvent } from './events'
import { lifecycle } from './lifecycle'
import { registry } from './registry'
import { SingleInstanceLock } from './single-instance'
import { windowEvents } from './window-events'

type PathName = Parameters<App['getPath']>[0]

type AppFields =
  | 'whenReady'
  | 'isReady'
  | 'quit'
  | 'exit'
  | 'getPath'
  | 'setPath'
  | 'getName'
  | 'getVersion'
  | 'getAppPath'
  | 'isPackaged'
  | 'requestSingleInstanceLock'
  | 'hasSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'enableSandbox'
  | 'setAboutPanelOptions'
  | 'focus'
  | 'name'

/** The app's package.json: Electron names the app after its productName (or name). */
function appPackage(): { dir: string; name: string; version: string } {
  let dir = dirname(process.argv[1] ?? process.cwd())
  for (;;) {
    const file = join(dir, 'package.json')
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
      const name = typeof pkg['productName'] === 'string' ? pkg['productName'] : String(pkg['name'])
      return { dir, name, version: String(pkg['version'] ?? '0.0.0') }
    }
    const up = dirname(dir)
    if (up === dir) return { dir: process.cwd(), name: 'Electron', version: '0.0.0' }
    dir = up
  }
}

/**
 * docs/api/app.md: start-up, the paths, the single-instance lock and the way out.
 * `quit()`: 'before-quit' (preventable), then every window is closed (a window whose 'close' is
 * prevented cancels the quit), then 'will-quit' (preventable) and 'quit', and the process ends.
 * 'window-all-closed' is emitted when the last window closes outside a quit; without a listener
 * the app quits.
 */
class StandinApp extends EventEmitter implements Pick<App, AppFields> {
  readonly #package = appPackage()
  readonly #paths = new Map<string, string>()
  #singleInstance: SingleInstanceLock | null = null
  readonly #ready: Promise<void>
  #resolveReady: () => void = () => undefined
  #quitting = false
  #exiting = false
  name: string
  readonly commandLine: CommandLine = new StandinCommandLine(process.argv) as unknown as CommandLine

  constructor() {
    super()
    this.name = this.#package.name
    this.#ready = new Promise((resolve) => (this.#resolveReady = resolve))
    windowEvents.created = (window) => {
      const asElectron = window as unknown as BrowserWindow
      this.emit('browser-window-created', preventableEvent({}), asElectron)
      this.emit('web-contents-created', preventableEvent({}), asElectron.webContents)
    }
    windowEvents.closed = () => {
      if (this.#quitting || registry.windows.size > 0) return
      if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed')
      else this.quit()
    }
  }

  get isPackaged(): boolean {
    return false
  }

  /** Launches the browser, then 'will-finish-launching' and 'ready' (stand-in start-up). */
  async start(): Promise<void> {
    this.emit('will-finish-launching')
    if (this.#exiting) return
    const chromium = await StandinChromium.launch()
    if (this.#exiting) {
      await chromium.close()
      return
    }
    lifecycle.chromium = chromium
    lifecycle.ready = true
    this.emit('ready', preventableEvent({}), {})
    this.#resolveReady()
  }

  whenReady(): Promise<void> {
    return this.#ready
  }

  isReady(): boolean {
    return lifecycle.ready
  }

  quit(): void {
    if (this.#exiting) return
    const beforeQuit = preventableEvent({})
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    this.#quitting = true
    for (const window of [...registry.windows.values()]) window.close()
    if (registry.windows.size > 0) {
      this.#quitting = false // a window stayed open: the quit is off
      return
    }
    const willQuit = preventableEvent({})
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) {
      this.#quitting = false
      return
    }
    this.emit('quit', preventableEvent({}), 0)
    this.exit(0)
  }

  /**
   * Ends the process at once, as Electron does after 'quit': main's pending timers and promises
   * never run (Chromium is ended by the process's exit handlers).
   */
  exit(exitCode = 0): void {
    if (this.#exiting) return
    this.#exiting = true
    this.#singleInstance?.release()
    process.exit(exitCode)
  }

  getPath(name: PathName): string {
    const set = this.#paths.get(name)
    if (set !== undefined) return set
    const home = homedir()
    switch (name) {
      case 'home':
        return home
      case 'appData':
        // As on Linux: an empty XDG_CONFIG_HOME counts as unset.
        return process.env['XDG_CONFIG_HOME'] || join(home, '.config')
      case 'userData':
      case 'sessionData':
        return join(this.getPath('appData'), this.name)
      case 'logs':
        return join(this.getPath('userData'), 'logs')
      case 'crashDumps':
        return join(this.getPath('userData'), 'Crashpad')
      case 'temp':
        return tmpdir()
      case 'exe':
        return process.execPath
      case 'module':
        return process.execPath
      case 'assets':
        return this.#package.dir
      case 'desktop':
        return join(home, 'Desktop')
      case 'documents':
        return join(home, 'Documents')
      case 'downloads':
        return join(home, 'Downloads')
      case 'music':
        return join(home, 'Music')
      case 'pictures':
        return join(home, 'Pictures')
      case 'videos':
        return join(home, 'Videos')
      case 'recent':
        throw new Error(`Failed to get '${name}' path`)
      default:
        return name satisfies never
    }
  }

  setPath(name: string, path: string): void {
    this.#paths.set(name, path)
  }

  getName(): string {
    return this.name
  }

  getVersion(): string {
    return this.#package.version
  }

  getAppPath(): string {
    return this.#package.dir
  }

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    this.#singleInstance ??= new SingleInstanceLock(this.getPath('userData'), (second) =>
      this.emit(
        'second-instance',
        preventableEvent({}),
        second.argv,
        second.workingDirectory,
        second.additionalData,
      ),
    )
    return this.#singleInstance.request(additionalData ?? null)
  }

  hasSingleInstanceLock(): boolean {
    return this.#singleInstance?.has() ?? false
  }

  releaseSingleInstanceLock(): void {
    this.#singleInstance?.release()
  }

  /** Only before 'ready'; every renderer is sandboxed from then on (and the switch is set). */
  enableSandbox(): void {
    if (lifecycle.ready)
      throw new Error('app.enableSandbox() can only be called before app is ready')
    lifecycle.sandboxAll = true
    this.commandLine.appendSwitch('enable-sandbox')
  }

  /** What the About panel would show (kept for a test to read). */
  aboutPanelOptions: AboutPanelOptionsOptions | null = null

  setAboutPanelOptions(options: AboutPanelOptionsOptions): void {
    this.aboutPanelOptions = { ...options }
  }

  focus(): void {
    const first = registry.windows.values().next()
    if (!first.done) first.value.focus()
  }
}

export const app = new StandinApp()
