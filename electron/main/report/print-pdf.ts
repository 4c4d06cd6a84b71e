import { randomUUID } from 'node:crypto'
import { session, type BrowserWindow, type PrintToPDFOptions, type Session } from 'electron'
import { withTimeLimit } from '../../core/async/time-limit'
import { APP_SCHEME } from '../../core/app-origin'
import { htmlHeaders } from '../../node/renderer-files/response-headers'
import { blockRemoteRequests, denyAllPermissions } from '../windows/harden-contents'
import { createSecureWindow } from '../windows/secure-window'

/** In memory only (no "persist:"), and apart from the app's own pages. */
export const PRINT_PARTITION = 'report-print'
/** The host of the print pages on the app scheme: never one of our own pages. */
export const PRINT_HOST = 'report-print'
/** A report that takes longer than this to print is given up (the other formats still save). */
export const PRINT_TIMEOUT_MS = 30_000

// The report brings its own inline styles and SVG; it needs nothing else, and no scripts.
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"

const MM = 1 / 25.4
/** A4 with the report's own @page margins, so both agree whichever Chromium honours. */
export const PRINT_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  margins: { top: 18 * MM, bottom: 20 * MM, left: 16 * MM, right: 16 * MM },
}

/** The reports being printed, by the token in their URL. */
const pages = new Map<string, string>()
let prepared: Session | null = null

function pageToken(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== PRINT_HOST) return null
    const token = parsed.pathname.slice(1)
    return pages.has(token) ? token : null
  } catch {
    return null
  }
}

/**
 * The print partition serves only the reports being printed, from memory: no file://, no
 * network (a data: URL would also do, but Chromium refuses those beyond 2 MB), no permissions.
 */
function printSession(): Session {
  if (prepared) return prepared
  const ses = session.fromPartition(PRINT_PARTITION)
  ses.protocol.handle(APP_SCHEME, (request) => {
    const token = pageToken(request.url)
    const html = token === null ? undefined : pages.get(token)
    if (html === undefined) return new Response('Not found', { status: 404 })
    return new Response(html, { headers: htmlHeaders(PRINT_CSP) })
  })
  blockRemoteRequests(ses, (url) => pageToken(url) !== null)
  denyAllPermissions(ses)
  prepared = ses
  return ses
}

/** Printed matter sets its own paper and margins in its CSS (@page); Chromium follows them. */
export const PRINTED_MATTER_OPTIONS: PrintToPDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
}

/**
 * Loads `html` in a hidden window that can do nothing else: sandboxed, no scripts, no preload,
 * its own in-memory partition, no navigation, no windows, no network; then hands it to `use`.
 * `limit` says what must finish within `timeoutMs`: everything, or only the loading when `use`
 * waits on the facilitator (a print dialog).
 */
async function withPrintWindow<T>(
  html: string,
  timeoutMs: number,
  limit: 'all' | 'load',
  use: (window: BrowserWindow) => Promise<T>,
): Promise<T> {
  const partition = printSession()
  const token = randomUUID()
  pages.set(token, html)
  // createSecureWindow adds the sandbox, context isolation and the rest, and hardens it.
  const window = createSecureWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      session: partition,
      javascript: false,
      spellcheck: false,
      devTools: false,
    },
  })
  const load = () => window.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${token}`)
  try {
    const loaded = async () => {
      await load()
      return use(window)
    }
    if (limit === 'all') return await withTimeLimit(timeoutMs, loaded)
    await withTimeLimit(timeoutMs, load)
    return await use(window)
  } finally {
    pages.delete(token)
    if (!window.isDestroyed()) window.destroy()
  }
}

/** Prints HTML (the report, or printed matter with its own options) to PDF in a print window. */
export async function printHtmlToPdf(
  html: string,
  timeoutMs = PRINT_TIMEOUT_MS,
  options: PrintToPDFOptions = PRINT_OPTIONS,
): Promise<Uint8Array> {
  return withPrintWindow(html, timeoutMs, 'all', async (window) => {
    return new Uint8Array(await window.webContents.printToPDF(options))
  })
}

/** How the system's print dialog ended for a page printed from a print window. */
export type PaperPrintResult = { ok: true } | { ok: false; reason: 'cancelled' | 'failed' }

/**
 * Opens the system's print dialog for HTML loaded in a print window; the facilitator picks the
 * printer, paper and copies there. Resolves when the dialog is done (printed or cancelled).
 */
export function printHtmlOnPaper(
  html: string,
  timeoutMs = PRINT_TIMEOUT_MS,
): Promise<PaperPrintResult> {
  return withPrintWindow(
    html,
    timeoutMs,
    'load',
    (window) =>
      new Promise<PaperPrintResult>((resolve) => {
        window.webContents.print(
          { silent: false, printBackground: true },
          (success, failureReason) => {
            if (success) resolve({ ok: true })
            else
              resolve({ ok: false, reason: /cancel/i.test(failureReason) ? 'cancelled' : 'failed' })
          },
        )
      }),
  )
}
