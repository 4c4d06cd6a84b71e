import { spawn } from 'node:child_process'
import { chromium, type Browser, type Page } from 'playwright-core'
import { STANDIN_BUNDLE, STANDIN_HOOK } from '../../electron-standin/build'
import { fromRoot } from '../../support/paths'
import { withoutXdgConfig } from './boot-home'
import type { AppUnderTest, LaunchOptions, PageName } from './app-under-test'
import { MainChannel } from './main-channel'
import { sharedActions } from './shared-actions'
import { waitForPage } from './wait-for-page'

export const MAIN_ENTRY = fromRoot('out/main/index.js')
const OUTPUT_LIMIT = 200_000

/**
 * The built main process in Node, with `electron` resolved to the stand-in; the test attaches
 * to the stand-in's Chromium over its DevTools port to use the windows as playwright pages.
 */
export async function launchStandin(options: LaunchOptions): Promise<AppUnderTest> {
  const child = spawn(
    process.execPath,
    ['--require', STANDIN_HOOK, MAIN_ENTRY, ...(options.args ?? [])],
    {
      cwd: fromRoot('.'),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
      env: {
        ...withoutXdgConfig(process.env),
        HOME: options.home,
        ELECTRON_STANDIN_BUNDLE: STANDIN_BUNDLE,
        ELECTRON_RENDERER_URL: '',
        ELECTRON_STANDIN_FAILING_LOADS: JSON.stringify(options.failingLoads ?? {}),
      },
    },
  )
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const channel = new MainChannel(child)
  const evaluateMain: AppUnderTest['evaluateMain'] = async (fn, arg) =>
    (await channel.evaluate(fn.toString(), arg)) as Awaited<ReturnType<typeof fn>>

  let browser: Promise<Browser> | null = null
  const attach = (): Promise<Browser> => {
    browser ??= (async () => {
      await evaluateMain(({ app }) => app.whenReady(), null)
      const url = await evaluateMain(
        () =>
          (globalThis as unknown as Record<string, { cdpUrl(): string | null }>)[
            '__bootControl'
          ]?.cdpUrl() ?? null,
        null,
      )
      if (url === null) throw new Error('the stand-in has no browser')
      return chromium.connectOverCDP(url)
    })()
    return browser
  }

  return {
    target: 'standin',
    ...sharedActions(evaluateMain),
    evaluateMain,
    async window(page: PageName): Promise<Page> {
      const connected = await attach()
      return waitForPage(() => connected.contexts().flatMap((context) => context.pages()), page)
    },
    async pressKey(page, key, modifiers = []) {
      await evaluateMain(
        (_electron, [path, name, held]) =>
          (
            globalThis as unknown as Record<
              string,
              { pressKey(p: string, k: string, m: string[]): Promise<void> }
            >
          )['__bootControl']?.pressKey(path, name, held),
        [`/${page}.html`, key, modifiers] as const,
      )
    },
    async invokeFromFrame(page, frameIndex, channel, payload) {
      const reply = await evaluateMain(
        (_electron, [path, index, name, value]) =>
          (
            globalThis as unknown as Record<
              string,
              {
                invokeFromFrame(
                  p: string,
                  i: number,
                  c: string,
                  v: unknown,
                ): Promise<{ ok: boolean }>
              }
            >
          )['__bootControl']?.invokeFromFrame(path, index, name, value),
        [`/${page}.html`, frameIndex, channel, payload] as const,
      )
      return reply?.ok ? 'answered' : 'refused'
    },
    exited: () => exited,
    /** Ends the app as `app.exit()` does, so its Chromium goes too; a hung one is killed. */
    async kill() {
      if (child.exitCode === null) {
        void evaluateMain(({ app: electronApp }) => electronApp.exit(0), null).catch(
          () => undefined,
        )
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
        await exited
        clearTimeout(timer)
      }
      const connected = await browser?.catch(() => null)
      await connected?.close().catch(() => undefined)
    },
    output: () => output,
  }
}
