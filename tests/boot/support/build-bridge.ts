import { bundleForNode } from '../../support/bundle'
import { fromRoot } from '../../support/paths'

const OUT = fromRoot('node_modules/.cache/electron-standin')
export const BOOT_BRIDGE_BUNDLE = `${OUT}/boot-bridge.cjs`

/** The boot bridge for real Electron, bundled; `electron` stays Electron's own. */
export async function buildBootBridge(): Promise<string> {
  await bundleForNode('tests/boot/support/boot-bridge.ts', { outDir: OUT, external: ['electron'] })
  return BOOT_BRIDGE_BUNDLE
}
