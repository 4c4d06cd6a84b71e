import { writeFile } from 'node:fs/promises'
import { bundleForNode } from '../support/bundle'
import { fromRoot } from '../support/paths'

const OUT = fromRoot('node_modules/.cache/electron-standin')
/** The stand-in itself; `start()` runs it. */
export const STANDIN_BUNDLE = `${OUT}/index.cjs`
/** What `require('electron')` resolves to: the stand-in's module object, nothing else. */
export const STANDIN_ELECTRON = `${OUT}/electron.cjs`
export const STANDIN_HOOK = fromRoot('tests/electron-standin/hook.cjs')

/** Bundles the stand-in into one CommonJS file the resolution hook hands to main. */
export async function buildStandin(): Promise<string> {
  await bundleForNode('tests/electron-standin/index.ts', {
    outDir: OUT,
    external: ['playwright-core'],
  })
  await writeFile(STANDIN_ELECTRON, "module.exports = require('./index.cjs').electron\n")
  return STANDIN_BUNDLE
}
