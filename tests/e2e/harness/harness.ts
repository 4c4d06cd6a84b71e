import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { CHANNELS, type AppNotice, type DeckExportResult, type DeckImportResult } from '@contract'
import { createInvokeHandler } from '@contract'
import { systemClock } from '@core/ports'
import { SessionHost } from '@core/host/session-host'
import { createAutosaveWriter } from '@node/persistence/autosave-writer'
import { CoalescingSaver } from '@core/persistence/coalescing-saver'
import { createSession } from '@core/session/default-session'
import type { PageName } from '@core/app-origin'
import { windowActionMocks } from '../../support/window-action-mocks'
import { FakeDisplays } from '../../support/fake-displays'
import { fromRoot } from '../../support/paths'
import { launchChromium } from './browser'
import { createPreviewPages, type PreviewPages } from '@core/print/preview-pages'
import { createFollowUpService } from '@node/follow-up/follow-up-service'
import { HarnessPrint } from './harness-print'
import { HarnessReport } from './harness-report'
import { HarnessTeam } from './harness-team'
import { harnessSessionFiles } from './harness-session-files'
import { apiShimScript } from './bundle-shim'
import { PageChannels } from './page-channels'
import { serveRenderer, type StaticServer } from './static-server'

export const RENDERER_DIR = fromRoot('out/renderer')

export interface Viewport {
  readonly width: number
  readonly height: number
}

export interface HarnessOptions {
  /**
   * Calls and pushes over HTTP (page-channels.ts) instead of the DevTools protocol: for long
   * runs that measure the pages' heaps, where a compiled script per message would count.
   */
  readonly overHttp?: boolean
}

export interface WindowPage {
  readonly page: Page
  /** Console errors, page errors and CSP violations seen on this page. */
  readonly problems: string[]
}

/**
 * Both windows in real Chromium pages, wired to a real SessionHost (with real autosave)
 * through the same createApi functions the preload uses. Only the preload and ipcMain
 * wiring are left out.
 */
export class Harness {
  readonly host: SessionHost
  readonly autosaveDir: string
  readonly #browser: Browser
  readonly #server: StaticServer
  readonly #pages = new Map<Page, PageName>()
  /** Each page's token on the HTTP channels, when it talks over them. */
  readonly #channelTokens = new Map<Page, string>()
  readonly #channels: PageChannels | undefined
  readonly #contexts: BrowserContext[] = []
  readonly #projectorShown: { count: number } = { count: 0 }
  /** Texts the presenter put on the clipboard through main. */
  readonly copiedTexts: string[] = []
  /** What the next deck dialog ends in; main's file dialogs are not part of the pages. */
  deckImportResult: DeckImportResult = { ok: false, reason: 'cancelled' }
  deckExportResult: DeckExportResult = { ok: false, reason: 'cancelled' }
  /** Main's display management over displays the test sets (a laptop and a beamer at first). */
  readonly displays = new FakeDisplays()
  /** Main's report service on temp folders; the test answers the folder dialog. */
  readonly report: HarnessReport
  /** Main's Drukwerk service; the test answers the folder and print dialogs. */
  readonly print: HarnessPrint
  /** Main's Teamoverzicht service; the test answers the folder dialog. */
  readonly team: HarnessTeam

  private constructor(
    browser: Browser,
    server: StaticServer,
    autosaveDir: string,
    previews: PreviewPages,
    channels: PageChannels | undefined,
  ) {
    this.#browser = browser
    this.#server = server
    this.#channels = channels
    this.autosaveDir = autosaveDir
    this.host = new SessionHost({
      session: createSession(systemClock.now()),
      clock: systemClock,
      persistence: new CoalescingSaver(createAutosaveWriter(autosaveDir, systemClock)),
    })
    this.host.subscribe(() => void this.#pushSnapshots())
    this.displays.onChange((list) => void this.#push(CHANNELS.displays, list, 'presenter'))
    this.report = new HarnessReport({
      dir: autosaveDir,
      browser,
      host: this.host,
      push: (progress) => void this.#push(CHANNELS.reportProgress, progress, 'presenter'),
    })
    this.print = new HarnessPrint(browser, this.host, previews)
    this.team = new HarnessTeam(browser, this.host, this.report)
  }

  static async start(options: HarnessOptions = {}): Promise<Harness> {
    if (!existsSync(join(RENDERER_DIR, 'presenter.html'))) {
      throw new Error(`No built renderer in ${RENDERER_DIR}: run "npm run build" first.`)
    }
    const previews = createPreviewPages()
    const channels = options.overHttp ? new PageChannels() : undefined
    const [browser, server, dir] = await Promise.all([
      launchChromium(),
      serveRenderer(RENDERER_DIR, previews, channels),
      mkdtemp(join(tmpdir(), 'dd-e2e-')),
    ])
    return new Harness(browser, server, dir, previews, channels)
  }

  get projectorShowRequests(): number {
    return this.#projectorShown.count
  }

  async open(name: PageName, viewport: Viewport): Promise<WindowPage> {
    const context = await this.#browser.newContext({
      viewport,
      deviceScaleFactor: 1,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    })
    this.#contexts.push(context)
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    const handler = createInvokeHandler(this.host, {
      // A call added to the invoke table has an answer here before a test gives it one.
      ...windowActionMocks(),
      showProjector: () => {
        this.#projectorShown.count += 1
      },
      copyText: async (text) => {
        this.copiedTexts.push(text)
      },
      importDeck: async () => this.deckImportResult,
      exportDeck: async () => this.deckExportResult,
      ...this.displays.actions(),
      ...this.report.actions(),
      ...this.print.actions(),
      ...createFollowUpService({
        session: () => this.host.getSnapshot().session,
        now: () => Date.now(),
        folderStore: this.report.folderStore,
        fallbackFolder: this.report.fallbackFolder,
      }),
      ...this.team.actions(),
      ...harnessSessionFiles(
        this.host,
        this.autosaveDir,
        (state) => void this.#push(CHANNELS.sessionFile, state, 'presenter'),
      ).actions,
    })
    const token = this.#channels?.register(async (channel, payload) =>
      handler(name, channel, payload),
    )
    if (token === undefined) {
      await page.exposeBinding('__ddInvoke', (_source, channel: string, payload: unknown) =>
        handler(name, channel, payload),
      )
    } else {
      this.#channelTokens.set(page, token)
    }
    const install = token === undefined ? `'${name}'` : `'${name}', '${token}'`
    await page.addInitScript({ content: `${await apiShimScript()};__ddShim.install(${install});` })
    this.#pages.set(page, name)
    await page.goto(`${this.#server.origin}/${name}.html`)
    await page.waitForSelector('#app > :not(.boot-shell)')
    return { page, problems }
  }

  /** As main does: each window gets the snapshot the host made for it. */
  #pushSnapshots(): Promise<unknown> {
    return Promise.all([
      this.#push(CHANNELS.snapshot, this.host.snapshotFor('presenter'), 'presenter'),
      this.#push(CHANNELS.snapshot, this.host.snapshotFor('projector'), 'projector'),
    ])
  }

  notify(notice: AppNotice): Promise<void> {
    return this.#push(CHANNELS.notice, notice, 'presenter')
  }

  async #push(channel: string, payload: unknown, to: PageName): Promise<void> {
    const json = JSON.stringify(payload)
    const sends = [...this.#pages]
      .filter(([page, name]) => !page.isClosed() && to === name)
      .map(([page]) => this.pushTo(page, channel, json))
    await Promise.all(sends)
  }

  /** One push, as JSON, to one page. */
  pushTo(page: Page, channel: string, json: string): Promise<unknown> {
    const token = this.#channelTokens.get(page)
    // Before its stream is open a page has not asked for its first snapshot; it will.
    if (token !== undefined) return Promise.resolve(this.#channels?.send(token, channel, json))
    return (
      page
        .evaluate(([c, j]) => window.__ddPushJson?.(c, j), [channel, json] as const)
        // A page that is reloading misses the push and reads the snapshot when it loads.
        .catch(() => undefined)
    )
  }

  async close(): Promise<void> {
    await this.host.flush()
    await Promise.all(this.#contexts.map((context) => context.close().catch(() => undefined)))
    await this.#browser.close()
    await this.#server.close()
    await rm(this.autosaveDir, { recursive: true, force: true })
  }
}
