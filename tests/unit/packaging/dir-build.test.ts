import { readdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  asarFiles,
  asarJson,
  buildUnpackedLinuxApp,
  fusesOf,
  type DirBuild,
} from './support/dir-build'
import { filesElectronBuilderWouldPack } from './support/packed-files'
import { packageJson, productionClosure } from './support/production-dependencies'

/** Packages we drop with `files` patterns although a dependency lists them: type definitions. */
const isTypesOnly = (name: string): boolean => name.startsWith('@types/') || name === 'undici-types'

let build: DirBuild
let packed: string[] = []

beforeAll(async () => {
  build = await buildUnpackedLinuxApp()
  packed = asarFiles(build.asar)
}, 120_000)

afterAll(async () => {
  // beforeAll may have failed before there was anything to remove.
  if (build !== undefined) await rm(build.work, { recursive: true, force: true })
})

/**
 * Packages in the archive as name@version. electron-builder hoists nested copies where nothing
 * conflicts, so their folders need not match the lockfile's; name and version must.
 */
function packedPackages(): string[] {
  return packed
    .filter((file) => /^(?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+package\.json$/.test(file))
    .map((file) => asarJson(build.asar, file))
    .map((manifest) => `${String(manifest['name'])}@${String(manifest['version'])}`)
    .sort()
}

describe('a real electron-builder build of the unpacked Linux app (offline, stand-in Electron)', () => {
  it('packs exactly the app files the pattern evaluation predicts', async () => {
    const appFiles = packed.filter((file) => !file.startsWith('node_modules/'))
    expect(appFiles).toEqual(await filesElectronBuilderWouldPack())
  })

  it('packs exactly the production dependencies, minus their type definitions', () => {
    const expected = productionClosure()
      .filter((p) => !isTypesOnly(p.name))
      .map((p) => `${p.name}@${p.entry.version}`)
      .sort()
    expect(packedPackages()).toEqual(expected)
  })

  it('packs no source maps, type definitions or TypeScript, not even from dependencies', () => {
    expect(packed.filter((file) => /\.(map|ts|cts|mts|tsx|vue)$/.test(file))).toEqual([])
  })

  it('ships a package.json without scripts or devDependencies', () => {
    const shipped = asarJson(build.asar, 'package.json')
    expect(shipped).not.toHaveProperty('devDependencies')
    expect(shipped).not.toHaveProperty('scripts')
    expect(shipped['dependencies']).toEqual(packageJson.dependencies)
    expect(shipped['desktopName']).toBe('dansende-dilemmas.desktop')
  })

  it('puts only app.asar in resources: no update feed (app-update.yml), nothing unpacked', () => {
    expect(readdirSync(join(build.appDir, 'resources'))).toEqual(['app.asar'])
  })

  it('names the executable without the apostrophe', () => {
    expect(readdirSync(build.appDir)).toContain('dansende-dilemmas')
  })

  it('flips every fuse in the executable the way electron-builder.yml asks', async () => {
    expect(await fusesOf(build.executable)).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    })
  })
})
