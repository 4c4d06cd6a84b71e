import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  PRINT_OPTIONS,
  PRINT_PARTITION,
  printHtmlOnPaper,
  printHtmlToPdf,
} from '../../../electron/main/report/print-pdf'
import { fakeEvent, FakeBrowserWindow } from './fake-electron'

type Handler = (request: Request) => Response | Promise<Response>
type BeforeRequest = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void

type PaperCallback = (success: boolean, failureReason: string) => void

/** What the test lets the hidden window do when it loads and prints. */
const printer = vi.hoisted(() => {
  const state: {
    load: (url: string) => Promise<void>
    pdf: () => Promise<Buffer>
    paper: (options: unknown, callback: PaperCallback) => void
  } = {
    load: async () => undefined,
    pdf: async () => Buffer.from('%PDF-1.7 verslag'),
    paper: (_options, callback) => callback(true, ''),
  }
  return state
})

/** The print partition's session, keeping what the glue installs on it. */
const partition = vi.hoisted(() => {
  const state = {
    handlers: new Map<string, Handler>(),
    beforeRequest: null as BeforeRequest | null,
    permissionRequest: null as
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | null,
    permissionCheck: null as (() => boolean) | null,
    fromPartition: [] as string[],
  }
  const session = {
    protocol: { handle: (scheme: string, handler: Handler) => state.handlers.set(scheme, handler) },
    webRequest: {
      onBeforeRequest: (listener: BeforeRequest) => {
        state.beforeRequest = listener
      },
    },
    setPermissionRequestHandler: (handler: typeof state.permissionRequest) => {
      state.permissionRequest = handler
    },
    setPermissionCheckHandler: (handler: () => boolean) => {
      state.permissionCheck = handler
    },
    setDevicePermissionHandler: () => undefined,
  }
  return { state, session }
})

vi.mock('electron', async () => {
  const fakes = await import('./fake-electron')
  class PrintWindow extends fakes.FakeBrowserWindow {
    constructor(options: ConstructorParameters<typeof fakes.FakeBrowserWindow>[0]) {
      super(options)
      Object.assign(this.webContents, {
        printToPDF: vi.fn(() => printer.pdf()),
        print: vi.fn((options: unknown, callback: PaperCallback) =>
          printer.paper(options, callback),
        ),
      })
      this.loadURL.mockImplementation((url: string) => printer.load(url))
    }
  }
  return {
    BrowserWindow: PrintWindow,
    session: {
      fromPartition: (name: string) => {
        partition.state.fromPartition.push(name)
        return partition.session
      },
    },
  }
})

const HTML = '<!doctype html><title>Verslag</title><p>Teamsessie</p>'

function printed(): FakeBrowserWindow {
  const window = FakeBrowserWindow.instances.at(-1)
  if (!window) throw new Error('no print window was created')
  return window
}

const loadedUrl = () => String(printed().loadURL.mock.calls[0]?.[0])

function request(url: string): boolean | undefined {
  let cancelled: boolean | undefined
  partition.state.beforeRequest?.({ url }, (response) => (cancelled = response.cancel))
  return cancelled
}

async function serve(url: string): Promise<Response> {
  const handler = partition.state.handlers.get('app')
  if (!handler) throw new Error('no protocol handler on the print partition')
  return handler(new Request(url))
}

beforeEach(() => {
  FakeBrowserWindow.reset()
  printer.load = async () => undefined
  printer.pdf = async () => Buffer.from('%PDF-1.7 verslag')
  printer.paper = (_options, callback) => callback(true, '')
})

describe('printHtmlToPdf', () => {
  it('prints in a hidden, sandboxed window without scripts or preload, on its own partition', async () => {
    expect(await printHtmlToPdf(HTML)).toEqual(new Uint8Array(Buffer.from('%PDF-1.7 verslag')))
    const window = printed()
    expect(window.options.show).toBe(false)
    const prefs = window.options.webPreferences
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    })
    expect(prefs?.preload).toBeUndefined()
    expect(prefs?.session).toBe(partition.session)
    // In memory: a partition without "persist:" is never written to disk.
    expect(partition.state.fromPartition).toEqual([PRINT_PARTITION])
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false)
  })

  it('serves the report from memory, not from a file or a data URL, and prints it on A4', async () => {
    let served = ''
    let contentSecurityPolicy: string | null = null
    printer.load = async (url) => {
      const response = await serve(url)
      served = await response.text()
      contentSecurityPolicy = response.headers.get('content-security-policy')
      expect(request(url)).toBe(false)
    }
    await printHtmlToPdf(HTML)
    expect(loadedUrl()).toMatch(/^app:\/\/report-print\/[0-9a-f-]{36}$/)
    expect(served).toBe(HTML)
    expect(contentSecurityPolicy).toContain("default-src 'none'")
    expect(contentSecurityPolicy).not.toContain('script-src')
    const printToPDF = (
      printed().webContents as unknown as { printToPDF: ReturnType<typeof vi.fn> }
    ).printToPDF
    expect(printToPDF).toHaveBeenCalledWith(PRINT_OPTIONS)
    expect(PRINT_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true })
    // Printed and gone: the window is destroyed and the page no longer served.
    expect(printed().destroyed).toBe(true)
    expect((await serve(loadedUrl())).status).toBe(404)
  })

  it('lets nothing else load: no network, no files, no other pages', async () => {
    await printHtmlToPdf(HTML)
    for (const url of [
      'https://example.org/tracker.png',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://dilemmas/presenter.html',
      'app://report-print/niet-bestaand',
      loadedUrl(),
    ]) {
      expect(request(url)).toBe(true)
    }
    expect((await serve('app://report-print/niet-bestaand')).status).toBe(404)
  })

  it('refuses permissions, navigation and new windows', async () => {
    await printHtmlToPdf(HTML)
    const granted = vi.fn()
    partition.state.permissionRequest?.(null, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    expect(partition.state.permissionCheck?.()).toBe(false)
    const contents = printed().webContents
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' })
    const event = fakeEvent()
    contents.emit('will-navigate', event, 'https://example.org')
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('destroys the window when loading fails', async () => {
    printer.load = async () => Promise.reject(new Error('ERR_ABORTED'))
    await expect(printHtmlToPdf(HTML)).rejects.toThrow('ERR_ABORTED')
    expect(printed().destroyed).toBe(true)
  })

  it('gives up on a print that does not finish', async () => {
    printer.pdf = () => new Promise<Buffer>(() => undefined)
    await expect(printHtmlToPdf(HTML, 10)).rejects.toThrow(/longer than 10 ms/)
    expect(printed().destroyed).toBe(true)
  })

  it('prepares the partition once for many prints', async () => {
    await printHtmlToPdf(HTML)
    await printHtmlToPdf(HTML)
    expect(partition.state.fromPartition).toEqual([PRINT_PARTITION])
    expect(FakeBrowserWindow.instances.map((window) => window.destroyed)).toEqual([true, true])
  })
})

describe('printHtmlOnPaper', () => {
  it('opens the system print dialog with backgrounds and says printed, cancelled or failed', async () => {
    // The reasons Electron documents for webContents.print's callback.
    const endings: [boolean, string, unknown][] = [
      [true, '', { ok: true }],
      [false, 'Print job canceled', { ok: false, reason: 'cancelled' }],
      [false, 'Print job failed', { ok: false, reason: 'failed' }],
      [false, 'Invalid printer settings', { ok: false, reason: 'failed' }],
    ]
    for (const [success, failureReason, result] of endings) {
      printer.paper = (_options, callback) => callback(success, failureReason)
      expect(await printHtmlOnPaper(HTML)).toEqual(result)
      const print = (printed().webContents as unknown as { print: ReturnType<typeof vi.fn> }).print
      expect(print).toHaveBeenCalledWith(
        { silent: false, printBackground: true },
        expect.anything(),
      )
      expect(printed().options.show).toBe(false)
      expect(printed().destroyed).toBe(true)
      expect((await serve(loadedUrl())).status).toBe(404)
    }
  })

  it('waits as long as the facilitator takes, but not on a page that does not load', async () => {
    printer.paper = (_options, callback) => setTimeout(() => callback(true, ''), 50)
    expect(await printHtmlOnPaper(HTML, 10)).toEqual({ ok: true })
    expect(printed().destroyed).toBe(true)
    printer.load = () => new Promise<void>(() => undefined)
    await expect(printHtmlOnPaper(HTML, 10)).rejects.toThrow(/longer than 10 ms/)
    expect(printed().destroyed).toBe(true)
  })
})
