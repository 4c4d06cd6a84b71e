import { build } from 'esbuild'
import { ipcRoutes } from '@contract'
import { fromRoot } from '../../support/paths'

let cached: Promise<string> | null = null

/** The API shim as one classic script, ready for page.addInitScript. */
export function apiShimScript(): Promise<string> {
  cached ??= build({
    entryPoints: [fromRoot('tests/e2e/harness/api-shim.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__ddShim',
    platform: 'browser',
    target: 'es2022',
    tsconfig: fromRoot('tsconfig.node.json'),
    define: { IPC_ROUTES: JSON.stringify(ipcRoutes()) },
  }).then((result) => {
    const file = result.outputFiles[0]
    if (!file) throw new Error('esbuild produced no output for the API shim')
    return file.text
  })
  return cached
}
