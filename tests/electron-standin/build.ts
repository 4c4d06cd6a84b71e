import { writeFile } from 'node:fs/promises'
import { build } from 'esbuild'
import { fromRoot } from '../support/paths'

const OUT = fromRoot('node_modules/.cache/electron-standin')
/** The stand-in itself; `start()` runs it. */
export const STANDIN_BUNDLE = `${OUT}/standin.cjs`
/** What `require('electron')` resolves to: the stand-in's module object, nothing else. */
export const STANDIN_ELECTRON = `${OUT}/electron.cjs`
export const STANDIN_HOOK = fromRoot('tests/electron-standin/hook.cjs')

/** Bundles the stand-in into one CommonJS file the resolution hook hands to main. */
export async function buildStandin(): Promise<string> {
  await build({
    entryPoints: [fromRoot('tests/electron-standin/index.ts')],
    outfile: STANDIN_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['playwright-core'],
    logLevel: 'warning',
  })
  await writeFile(STANDIN_ELECTRON, "module.exports = require('./standin.cjs').electron\n")
  return STANDIN_BUNDLE
}
