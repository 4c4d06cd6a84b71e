import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { fromRoot } from '../../support/paths'
import type { AppUnderTest, LaunchOptions, PageName } from './app-under-test'
import { BOOT_BRIDGE_BUNDLE } from './build-bridge'
import { sharedActions } from './shared-actions'
import { MAIN_ENTRY } from './standin-app'
import { waitForPage } from './wait-for-page'

/**
 * The Electron binary `npm run test:electron` found (it checks before anything runs; requiring
 * the electron package here would make it try to download one).
 */
export function electronBinary(): string | null {
  return process.env['ELECTRON_BINARY'] || null
}

/**
 * The built app on real Electron, through playwright's Electron driver. The boot bridge is
 * required before main runs: it points the app's folders at the test's home and puts the
 * dialog queue and the display list where Electron's native ones would be.
 */
export async function launchElectron(options: LaunchOptions): Promise<AppUnderTest> {
  if (options.failingLoads) throw new Error('failing page loads can only be staged on the stand-in')
  const executablePath = electronBinary()
  if (executablePath === null)
    throw new Error('Run the boot suite on Electron with `npm run test:electron`')
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: ['-r', BOOT_BRIDGE_BUNDLE, MAIN_ENTRY, ...(options.args ?? [])],
    cwd: fromRoot('.'),
    env: { ...process.env, BOOT_HOME: options.home, ELECTRON_RENDERER_URL: '' } as Record<
      string,
      string
    >,
  })
  let output = ''
  app.process().stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  app.process().stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const exited = new Promise<number | null>((resolve) =>
    app.process().once('exit', (code) => resolve(code)),
  )
  // playwright types the argument as its own serialisable form; ours are plain data.
  const evaluate = app.evaluate.bind(app) as (fn: unknown, arg: unknown) => Promise<unknown>
  const evaluateMain: AppUnderTest['evaluateMain'] = async (fn, arg) =>
    (await evaluate(fn, arg)) as Awaited<ReturnType<typeof fn>>
  return {
    target: 'electron',
    ...sharedActions(evaluateMain),
    evaluateMain,
    window: (page: PageName): Promise<Page> => waitForPage(() => app.windows(), page),
    async pressKey(page, key, modifiers = []) {
      const target = await waitForPage(() => app.windows(), page)
      const held = modifiers.map(
        (m) => ({ control: 'Control', shift: 'Shift', alt: 'Alt', meta: 'Meta' })[m],
      )
      await target.keyboard.press([...held, key === ' ' ? 'Space' : key].join('+'))
    },
    // A page on real Electron has no IPC but its preload's API: nothing to send past it.
    invokeFromFrame: async () => 'unavailable',
    exited: () => exited,
    async kill() {
      if (app.process().exitCode === null) app.process().kill('SIGKILL')
      await exited
    },
    output: () => output,
  }
}
