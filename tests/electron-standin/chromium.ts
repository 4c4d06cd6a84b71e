import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness/browser'

/**
 * The one Chromium behind every window of the stand-in. All pages live in the browser's default
 * context (a persistent profile in a temp folder), so a test process that attaches over the
 * DevTools port sees every window as a playwright Page. Offline and quiet: no background traffic.
 */
export class StandinChromium {
  private constructor(
    readonly context: BrowserContext,
    /** The DevTools endpoint the test process attaches to. */
    readonly cdpUrl: string,
    private readonly profile: string,
    private blank: Page | null,
  ) {}

  static async launch(): Promise<StandinChromium> {
    const profile = mkdtempSync(join(tmpdir(), 'electron-standin-'))
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: null,
      // The e2e flags, and the DevTools port the test process attaches to.
      args: [...CHROMIUM_ARGS, '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0'],
    })
    // playwright ends its browsers when the process exits; the profile goes with them.
    process.once('exit', () => rmSync(profile, { recursive: true, force: true, maxRetries: 2 }))
    // playwright sets up its binding machinery once per context, on the first exposeBinding, and
    // keeps the outcome: had that first call met a page closing or a client attaching, every
    // window's set-up after it would fail. Done here, with one quiet blank page, it cannot.
    const blank = context.pages()[0] ?? null
    await blank?.exposeBinding('__standinWarmUp', () => undefined)
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]
    return new StandinChromium(context, `http://127.0.0.1:${port}`, profile, blank)
  }

  /** A new page for a window; the profile's first blank page goes once a window has its own. */
  async newPage(): Promise<Page> {
    const page = await this.context.newPage()
    const blank = this.blank
    this.blank = null
    if (blank) await blank.close()
    return page
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined)
    rmSync(this.profile, { recursive: true, force: true })
  }
}
