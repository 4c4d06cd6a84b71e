import { join } from 'node:path'

/** Built files sit beside each other in out/: main, preload and renderer. */
export const builtPaths = {
  renderer: join(__dirname, '../renderer'),
  preload: (page: 'presenter' | 'projector') => join(__dirname, `../preload/${page}.cjs`),
}

/** Set by electron-vite in development only. */
export function devServerUrl(): string | undefined {
  const url = process.env['ELECTRON_RENDERER_URL']
  return url && url.startsWith('http://localhost') ? url : undefined
}
