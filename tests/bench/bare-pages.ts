import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import { CONTENT_SECURITY_POLICY } from '@node/content-security-policy'
import { launchChromium } from '../e2e/harness/browser'
import type { Viewport } from '../e2e/harness/harness'

/** One line of text and a main element: what any page costs before the app's own work. */
const BARE_HTML = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Leeg</title></head>
<body><main data-revision="0"><p data-testid="bare-time">Lege pagina</p></main></body></html>`

/**
 * Baseline pages in the same Chromium build, flags and page setup as the harness windows, served
 * from 127.0.0.1 with the same headers as the renderer, so that only the app's own work differs.
 */
export class BarePages {
  readonly #browser: Browser
  readonly #server: Server
  readonly #origin: string

  private constructor(browser: Browser, server: Server) {
    this.#browser = browser
    this.#server = server
    const { port } = server.address() as AddressInfo
    this.#origin = `http://127.0.0.1:${port}`
  }

  static async start(): Promise<BarePages> {
    const server = createServer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'cache-control': 'no-store',
      })
      response.end(BARE_HTML)
    })
    const [browser] = await Promise.all([
      launchChromium(),
      new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    ])
    return new BarePages(browser, server)
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
    await page.goto(`${this.#origin}/bare.html`)
    await page.waitForSelector('main')
    return page
  }

  async close(): Promise<void> {
    await this.#browser.close()
    await new Promise((resolve) => this.#server.close(resolve))
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
