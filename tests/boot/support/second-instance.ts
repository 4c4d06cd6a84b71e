import { spawn } from 'node:child_process'
import { STANDIN_BUNDLE, STANDIN_HOOK } from '../../electron-standin/build'
import { fromRoot } from '../../support/paths'
import { withoutXdgConfig } from './boot-home'
import type { LaunchOptions } from './app-under-test'
import { BOOT_BRIDGE_BUNDLE } from './build-bridge'
import { electronBinary } from './electron-app'
import { MAIN_ENTRY } from './standin-app'

/**
 * Starts the app a second time, as a double-click on a file does while it runs, and resolves
 * with its exit code: a second instance hands its arguments to the first and ends.
 */
export function runSecondInstance(options: LaunchOptions): Promise<number | null> {
  const onElectron = process.env['BOOT_TARGET'] === 'electron'
  const binary = onElectron ? electronBinary() : process.execPath
  if (binary === null) throw new Error('The Electron binary is not installed')
  const args = onElectron
    ? ['-r', BOOT_BRIDGE_BUNDLE, MAIN_ENTRY, ...(options.args ?? [])]
    : ['--require', STANDIN_HOOK, MAIN_ENTRY, ...(options.args ?? [])]
  const child = spawn(binary, args, {
    cwd: fromRoot('.'),
    stdio: 'ignore',
    env: {
      ...withoutXdgConfig(process.env),
      HOME: options.home,
      BOOT_HOME: options.home,
      ELECTRON_STANDIN_BUNDLE: STANDIN_BUNDLE,
      ELECTRON_RENDERER_URL: '',
    },
  })
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)))
}
