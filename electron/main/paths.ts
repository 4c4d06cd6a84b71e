import { app } from 'electron'
import { join } from 'node:path'
import { devServerOrigin } from '../core/app-origin'

/** Built files sit beside each other in out/: main, preload and renderer. */
export const builtPaths = {
  renderer: join(__dirname, '../renderer'),
  preload: (page: 'presenter' | 'projector') => join(__dirname, `../preload/${page}.cjs`),
}

/** electron-vite's dev server under `npm run dev`; never in a packaged app (devServerOrigin). */
export function devServerUrl(): string | undefined {
  const rendererUrl = process.env['ELECTRON_RENDERER_URL']
  // Nearly every run has no such variable: then there is nothing to ask Electron.
  if (!rendererUrl) return undefined
  return devServerOrigin({ isPackaged: app.isPackaged, rendererUrl })
}
