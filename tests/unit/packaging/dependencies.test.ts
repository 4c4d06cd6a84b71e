import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ipcRoutes } from '@contract'
import { fromRoot } from '../../support/paths'
import {
  bareSpecifiers,
  isNodeBuiltin,
  packageJson,
  packageNameOf,
  productionClosure,
} from './support/production-dependencies'

const closure = productionClosure()
const devDependencies = new Set(Object.keys(packageJson.devDependencies))
const dependencies = new Set(Object.keys(packageJson.dependencies))

/**
 * devDependencies of ours that a production dependency needs at run time too; they are packed
 * for that dependency's sake, not for ours. fflate: docx writes its zip with it.
 */
const SHARED_WITH_PRODUCTION: Readonly<Record<string, string>> = { fflate: 'node_modules/docx' }

function builtFiles(dir: string, ext: RegExp): string[] {
  const root = fromRoot(dir)
  if (!existsSync(root)) {
    throw new Error(
      `${dir} is missing: run \`npm run build\` first (\`npm test\` builds before Vitest).`,
    )
  }
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => ext.test(file))
    .map((file) => join(root, file))
}

describe('production dependencies (what electron-builder adds to app.asar/node_modules)', () => {
  it('start from our dependencies, never from devDependencies', () => {
    expect(closure.filter((p) => p.requiredBy === '').map((p) => p.name)).toEqual(
      [...dependencies].sort(),
    )
  })

  it('contain nothing the lockfile marks as development-only', () => {
    const dev = closure.filter((p) => p.entry.dev === true || p.entry.devOptional === true)
    expect(dev.map((p) => p.path)).toEqual([])
  })

  it('contain a devDependency of ours only where a production package needs it', () => {
    const shared = closure.filter(
      (p) => p.path === `node_modules/${p.name}` && devDependencies.has(p.name),
    )
    expect(Object.fromEntries(shared.map((p) => [p.name, p.requiredBy]))).toEqual(
      SHARED_WITH_PRODUCTION,
    )
  })

  it('never include the build tool chain', () => {
    const names = new Set(closure.map((p) => p.name))
    for (const tool of [
      'electron',
      'electron-builder',
      'vite',
      'electron-vite',
      'vitest',
      'typescript',
      'vue',
      'esbuild',
    ]) {
      expect(names.has(tool), tool).toBe(false)
    }
  })
})

describe('built bundles load only what is packed', () => {
  it('main: Node built-ins, electron and our production dependencies', () => {
    const loaded = builtFiles('out/main', /\.[cm]?js$/).flatMap((file) =>
      bareSpecifiers(readFileSync(file, 'utf8')),
    )
    expect(loaded).toContain('electron')
    const unexpected = loaded.filter(
      (s) => !isNodeBuiltin(s) && s !== 'electron' && !dependencies.has(packageNameOf(s)),
    )
    expect(unexpected).toEqual([])
  })

  it('preloads: only electron (sandboxed preloads can require nothing else)', () => {
    const files = builtFiles('out/preload', /\.cjs$/)
    expect(files).toHaveLength(2)
    for (const file of files) {
      expect(bareSpecifiers(readFileSync(file, 'utf8')), file).toEqual(['electron'])
    }
  })

  it('preloads: the channels of the tables as data, without the payload schemas', () => {
    const channels = Object.values(ipcRoutes().invoke).map((route) => route.channel)
    for (const file of builtFiles('out/preload', /\.cjs$/)) {
      const text = readFileSync(file, 'utf8')
      // Payloads are checked in main only; zod in a preload is parsed by every window for nothing.
      expect(text, file).not.toMatch(/safeParse|ZodError|ZodType/)
      for (const channel of channels) expect(text, file).toContain(`"${channel}"`)
    }
  })

  it('renderer: self-contained, no bare imports left for a browser to resolve', () => {
    const loaded = builtFiles('out/renderer', /\.js$/).flatMap((file) =>
      bareSpecifiers(readFileSync(file, 'utf8')),
    )
    expect(loaded).toEqual([])
  })

  it('renderer: no IPC table; the pages reach main through the preload API only', () => {
    const channels = Object.values(ipcRoutes().invoke).map((route) => route.channel)
    for (const file of builtFiles('out/renderer', /\.js$/)) {
      const text = readFileSync(file, 'utf8')
      expect(
        channels.filter((channel) => text.includes(channel)),
        file,
      ).toEqual([])
    }
  })
})
