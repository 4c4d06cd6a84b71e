import type { LaunchApp } from './app-under-test'
import { launchElectron } from './electron-app'
import { launchStandin } from './standin-app'

/** The stand-in in `npm test`; real Electron under `npm run test:electron` (BOOT_TARGET=electron). */
export const launchApp: LaunchApp = (options) =>
  process.env['BOOT_TARGET'] === 'electron' ? launchElectron(options) : launchStandin(options)
