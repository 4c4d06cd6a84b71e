import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Display, WebPreferences } from 'electron'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { IdentifyWindows } from '../../../electron/main/display/identify-windows'
import { builtPaths } from '../../../electron/main/paths'
import { printHtmlToPdf } from '../../../electron/main/report/print-pdf'
import { createPresenterWindow } from '../../../electron/main/windows/presenter-window'
import { createProjectorWindow } from '../../../electron/main/windows/projector-window'
import { createSecureWindow } from '../../../electron/main/windows/secure-window'
import { fromRoot } from '../../support/paths'
import { display, fakeEvent, FakeBrowserWindow, rect } from './fake-electron'

/** The print partition's session: enough for the print glue to set itself up. */
const printSession = vi.hoisted(() => ({
  protocol: { handle: () => undefined },
  webRequest: { onBeforeRequest: () => undefined },
  setPermissionRequestHandler: () => undefined,
  setPermissionCheckHandler: () => undefined,
  setDevicePermissionHandler: () => undefined,
}))

vi.mock('electron', async () => {
  const fakes = await import('./fake-electron')
  class PrintableWindow extends fakes.FakeBrowserWindow {
    constructor(options: ConstructorParameters<typeof fakes.FakeBrowserWindow>[0]) {
      super(options)
      Object.assign(this.webContents, { printToPDF: async () => Buffer.from('%PDF-1.7') })
    }
  }
  return {
    BrowserWindow: PrintableWindow,
    session: { fromPartition: () => printSession },
  }
})

type Kind = 'presenter' | 'projector' | 'identify' | 'print'

/** Every kind of window the app makes, made the way the app makes it. */
const windows: { kind: Kind; window: FakeBrowserWindow }[] = []

beforeAll(async () => {
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
  const laptop = display(1, 'Ingebouwd scherm', rect(0, 0, 1920, 1080))
  const beamer = display(2, 'Beamer', rect(1920, 0, 1920, 1080))
  const made = (kind: Kind, from: number) =>
    FakeBrowserWindow.instances.slice(from).forEach((window) => windows.push({ kind, window }))

  FakeBrowserWindow.reset()
  createPresenterWindow(laptop as unknown as Display, 'Presentator')
  made('presenter', 0)
  let from = FakeBrowserWindow.instances.length
  createProjectorWindow({ kind: 'fullscreen', display: beamer }, 'Projector')
  createProjectorWindow({ kind: 'window', display: laptop, bounds: rect(100, 100, 640, 360) }, 'P')
  made('projector', from)
  from = FakeBrowserWindow.instances.length
  const identify = new IdentifyWindows()
  identify.show([laptop, beamer])
  made('identify', from)
  identify.close()
  from = FakeBrowserWindow.instances.length
  await printHtmlToPdf('<!doctype html><title>Verslag</title><p>Teamsessie</p>')
  made('print', from)
  vi.unstubAllEnvs()
})

const EXPECTED_PRELOAD: Record<Kind, string | undefined> = {
  presenter: builtPaths.preload('presenter'),
  projector: builtPaths.preload('projector'),
  identify: undefined,
  print: undefined,
}

function prefsOf(window: FakeBrowserWindow): WebPreferences {
  const prefs = window.options.webPreferences
  if (!prefs) throw new Error('a window was made without web preferences')
  return prefs
}

describe('the web preferences of every window the app makes', () => {
  it('covers the presenter, both projector placements, an identify window per display and the print window', () => {
    expect(windows.map((entry) => entry.kind)).toEqual([
      'presenter',
      'projector',
      'projector',
      'identify',
      'identify',
      'print',
    ])
  })

  it.each(['presenter', 'projector', 'identify', 'print'] as const)(
    '%s: isolated, sandboxed, without Node.js, with web security, no insecure content, experiments or webviews',
    (kind) => {
      for (const { window } of windows.filter((entry) => entry.kind === kind)) {
        const prefs = prefsOf(window)
        expect(prefs.contextIsolation).toBe(true)
        expect(prefs.sandbox).toBe(true)
        expect(prefs.nodeIntegration).toBe(false)
        expect(prefs.nodeIntegrationInWorker).toBe(false)
        expect(prefs.nodeIntegrationInSubFrames).toBe(false)
        expect(prefs.webSecurity).toBe(true)
        expect(prefs.allowRunningInsecureContent).toBe(false)
        expect(prefs.experimentalFeatures).toBe(false)
        expect(prefs.webviewTag).toBe(false)
        expect(prefs.navigateOnDragDrop).toBe(false)
        expect(prefs).not.toHaveProperty('enableBlinkFeatures')
        expect(prefs.disableBlinkFeatures).toBe('Auxclick')
      }
    },
  )

  it('sets only known switches on any window, so a new one cannot slip in unnoticed', () => {
    const known = new Set([
      ...['preload', 'contextIsolation', 'sandbox', 'nodeIntegration', 'nodeIntegrationInWorker'],
      ...['nodeIntegrationInSubFrames', 'webSecurity', 'allowRunningInsecureContent', 'webviewTag'],
      ...['experimentalFeatures', 'navigateOnDragDrop', 'disableBlinkFeatures', 'spellcheck'],
      ...['devTools', 'javascript', 'session'],
    ])
    for (const { kind, window } of windows) {
      expect(
        Object.keys(prefsOf(window)).filter((key) => !known.has(key)),
        kind,
      ).toEqual([])
    }
  })

  it.each(['presenter', 'projector', 'identify', 'print'] as const)(
    '%s: has a preload only where the page needs one, and then our built one',
    (kind) => {
      for (const { window } of windows.filter((entry) => entry.kind === kind)) {
        expect(prefsOf(window).preload).toBe(EXPECTED_PRELOAD[kind])
      }
      const preload = EXPECTED_PRELOAD[kind]
      if (preload !== undefined)
        expect(preload).toMatch(new RegExp(`[\\\\/]preload[\\\\/]${kind}\\.cjs$`))
    },
  )

  it('runs no JavaScript, has no devtools and keeps to its own session in the print window', () => {
    const print = windows.find((entry) => entry.kind === 'print')
    if (!print) throw new Error('no print window was made')
    const prefs = prefsOf(print.window)
    expect(prefs.javascript).toBe(false)
    expect(prefs.devTools).toBe(false)
    expect(prefs.session).toBe(printSession)
    for (const { window } of windows.filter((entry) => entry.kind !== 'print')) {
      expect(prefsOf(window)).not.toHaveProperty('javascript')
      expect(prefsOf(window)).not.toHaveProperty('session')
    }
  })

  it('hardens every window: no navigation, no new windows, no webviews', () => {
    for (const { window } of windows) {
      for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
        const event = fakeEvent()
        window.webContents.emit(name, event)
        expect(event.preventDefault, name).toHaveBeenCalled()
      }
      expect(window.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({
        action: 'deny',
      })
    }
  })
})

describe('createSecureWindow', () => {
  it('keeps the security switches on whatever a caller asks for', () => {
    FakeBrowserWindow.reset()
    createSecureWindow({
      webPreferences: {
        contextIsolation: false,
        sandbox: false,
        nodeIntegration: true,
        nodeIntegrationInWorker: true,
        nodeIntegrationInSubFrames: true,
        webSecurity: false,
        allowRunningInsecureContent: true,
        experimentalFeatures: true,
        webviewTag: true,
        navigateOnDragDrop: true,
        disableBlinkFeatures: '',
      },
    })
    const [window] = FakeBrowserWindow.instances
    if (!window) throw new Error('no window was made')
    expect(prefsOf(window)).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    })
  })
})

/** The sources, to show that the windows above are all the windows there are. */
function sources(root: string): { file: string; text: string }[] {
  return readdirSync(fromRoot(root), { recursive: true, encoding: 'utf8' })
    .filter((entry) => /\.(ts|vue|html)$/.test(entry))
    .map((entry) => {
      const file = relative(fromRoot('.'), join(fromRoot(root), entry))
        .split('\\')
        .join('/')
      return { file, text: readFileSync(fromRoot(file), 'utf8') }
    })
}

describe('where windows are made', () => {
  const code = [...sources('electron'), ...sources('renderer')]
  const filesMatching = (pattern: RegExp) =>
    code
      .filter(({ text }) => pattern.test(text))
      .map(({ file }) => file)
      .sort()

  it('makes every BrowserWindow in createSecureWindow, and nowhere else', () => {
    expect(filesMatching(/new\s+BrowserWindow\b/)).toEqual([
      'electron/main/windows/secure-window.ts',
    ])
  })

  it('calls createSecureWindow only for the windows tested above', () => {
    expect(filesMatching(/(?<!function\s+)\bcreateSecureWindow\s*\(/)).toEqual([
      'electron/main/display/identify-windows.ts',
      'electron/main/report/print-pdf.ts',
      'electron/main/windows/presenter-window.ts',
      'electron/main/windows/projector-window.ts',
    ])
  })

  it('uses no BrowserView, WebContentsView or <webview>, and never enables Blink features', () => {
    expect(filesMatching(/\b(BrowserView|WebContentsView)\b|<webview\b/)).toEqual([])
    expect(filesMatching(/\benableBlinkFeatures\s*[:=]/)).toEqual([])
  })
})
