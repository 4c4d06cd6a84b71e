import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../e2e/harness/browser'
import { serveRenderer, type StaticServer } from '../e2e/harness/static-server'
import type { Viewport } from '../e2e/harness/harness'

/** One line of text and a main element: what any page costs before the app's own work. */
const BARE_HTML = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Leeg</title></head>
<body><main data-revision="0"><p data-testid="bare-time">Lege pagina</p></main></body></html>`

/**
 * Baseline pages in the same Chromium build, flags and page setup as the harness windows, served
 * as the harness serves the renderer (the same static server: each file read from disk once, as
 * main's app protocol does, then from memory; the renderer's headers), so that only the app's
 * own work differs.
 */
export class BarePages {
  readonly #browser: Browser
  readonly #server: StaticServer
  readonly #dir: string

  private constructor(browser: Browser, server: StaticServer, dir: string) {
    this.#browser = browser
    this.#server = server
    this.#dir = dir
  }

  static async start(): Promise<BarePages> {
    const dir = await mkdtemp(join(tmpdir(), 'dd-bare-'))
    await writeFile(join(dir, 'bare.html'), BARE_HTML)
    const [browser, server] = await Promise.all([launchChromium(), serveRenderer(dir)])
    return new BarePages(browser, server, dir)
  }

  /**
   * A bare page in a fresh context, opened as Harness.open opens a window: same context options,
   * a binding on the same name, an init script; `invoke` answers the page's binding calls.
   */
  async open(
    viewport: Viewport,
    initScript = '',
    invoke: (channel: string, payload: unknown) => unknown = () => null,
  ): Promise<Page> {
    const context = await this.#browser.newContext({
      viewport,
      deviceScaleFactor: 1,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    })
    const page = await context.newPage()
    await page.exposeBinding('__ddInvoke', (_source, channel: string, payload: unknown) =>
      invoke(channel, payload),
    )
    await page.addInitScript({ content: initScript })
    await page.goto(`${this.#server.origin}/bare.html`)
    await page.waitForSelector('main')
    return page
  }

  async close(): Promise<void> {
    await this.#browser.close()
    await this.#server.close()
    await rm(this.#dir, { recursive: true, force: true })
  }
}

/** Runs `action` with bare pages, and closes them afterwards. */
export async function withBarePages<T>(action: (bare: BarePages) => Promise<T>): Promise<T> {
  const bare = await BarePages.start()
  try {
    return await action(bare)
  } finally {
    await bare.close()
  }
}
