import { build } from 'esbuild'
import { fromRoot } from '../../support/paths'

export const BOOT_BRIDGE_BUNDLE = fromRoot('node_modules/.cache/electron-standin/boot-bridge.cjs')

/** The boot bridge for real Electron, bundled; `electron` stays Electron's own. */
export async function buildBootBridge(): Promise<string> {
  await build({
    entryPoints: [fromRoot('tests/boot/support/boot-bridge.ts')],
    outfile: BOOT_BRIDGE_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'warning',
  })
  return BOOT_BRIDGE_BUNDLE
}
