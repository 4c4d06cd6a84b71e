import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromRoot } from '../../support/paths'
import { filesElectronBuilderWouldPack, isUnder } from './support/packed-files'

/** What electron-builder's own matcher selects from the project after `npm run build`. */
let packed: string[] = []

beforeAll(async () => {
  packed = await filesElectronBuilderWouldPack()
})

const main = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { main: string }).main

describe('files electron-builder packs into app.asar', () => {
  it('are the built output and package.json, nothing else', () => {
    const strays = packed.filter((path) => !isUnder(path, 'out') && path !== 'package.json')
    expect(strays).toEqual([])
    expect(packed).toContain('package.json')
  })

  it('include the entry points: main, both preloads and the three pages', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        main.replace(/^\.\//, ''),
        'out/preload/presenter.cjs',
        'out/preload/projector.cjs',
        'out/renderer/presenter.html',
        'out/renderer/projector.html',
        'out/renderer/identify.html',
      ]),
    )
  })

  it('hold no source maps, TypeScript or Vue sources', () => {
    expect(packed.filter((p) => /\.(map|ts|tsx|mts|cts|vue)$/.test(p))).toEqual([])
  })

  it('take nothing from sources, tests, docs, resources, reports or caches', () => {
    const forbidden = [
      'electron',
      'renderer',
      'tests',
      'docs',
      'resources',
      'screenshots',
      'reports',
      'scripts',
      'dist',
      'node_modules',
      '.git',
      '.ci',
    ]
    expect(packed.filter((p) => forbidden.some((dir) => isUnder(p, dir)))).toEqual([])
    expect(packed.filter((p) => p.includes('node_modules/.cache'))).toEqual([])
  })

  it('leave the build configuration and lock files behind', () => {
    const configs = packed.filter((p) =>
      /(^|\/)(electron-builder\.yml|package-lock\.json|tsconfig.*\.json|.*\.config\.[cm]?[jt]s|eslint\.config\.mjs|README\.md)$/.test(
        p,
      ),
    )
    expect(configs).toEqual([])
  })
})
