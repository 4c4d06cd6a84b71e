import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SESSION_FILE_EXTENSION } from '../../../electron/core/session-file/session-file-format'
import { fromRoot } from '../../support/paths'
import { CONFIG_FILE, readConfig, readRawConfig, targetsOf } from './support/builder-config'

const config = readConfig()
const raw = readRawConfig()
const packageJson = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
  name: string
  productName: string
  scripts: Record<string, string>
  dependencies: Record<string, string>
}

/** Every key in the YAML with its path (e.g. "nsis.oneClick"), list items under their parent. */
function entries(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]): [string, unknown][] => {
    if (Array.isArray(value)) return entries(child, prefix)
    const path = prefix ? `${prefix}.${key}` : key
    return [[path, child], ...entries(child, path)]
  })
}
const keyPaths = (value: unknown): string[] => entries(value).map(([path]) => path)

describe('identity', () => {
  it('keeps the app id and the product name of package.json', () => {
    expect(config.appId).toBe('nl.dansende-dilemmas.app')
    expect(config.productName).toBe("Dansende Dilemma's")
    expect(packageJson.productName).toBe(config.productName)
  })

  it('keeps the apostrophe out of the executable and of every artefact name', () => {
    expect(config.executableName).toBe(packageJson.name)
    const patterns = entries(raw)
      .filter(([path]) => path.split('.').at(-1) === 'artifactName')
      .map(([, pattern]) => String(pattern))
    expect(patterns.length).toBeGreaterThanOrEqual(3)
    for (const pattern of patterns) {
      expect(pattern).not.toContain("'")
      expect(pattern).not.toContain('${productName}')
      expect(pattern).toMatch(/^\$\{name\}[-_]\$\{version\}/)
    }
    expect(config.nsis.artifactName).not.toBe(config.portable.artifactName)
  })
})

describe('targets', () => {
  it('Windows: NSIS installer and portable exe for x64', () => {
    expect(targetsOf(config.win)).toEqual({ nsis: ['x64'], portable: ['x64'] })
  })

  it('macOS: dmg for Intel and Apple silicon', () => {
    expect(targetsOf(config.mac)).toEqual({ dmg: ['x64', 'arm64'] })
  })

  it('Linux: AppImage and deb, filed under Office with a maintainer and synopsis', () => {
    expect(targetsOf(config.linux)).toEqual({ AppImage: ['x64'], deb: ['x64'] })
    expect(config.linux.category).toBe('Office')
    expect(config.linux.maintainer).toMatch(/^Dansende Dilemma's <[^<>\s]+@[^<>\s]+>$/)
    expect(config.linux.synopsis.length).toBeGreaterThan(10)
  })
})

describe('Windows installer for managed laptops', () => {
  it('installs per user with one click and never asks for elevation', () => {
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      packElevateHelper: false,
    })
    expect(raw['nsis']).not.toHaveProperty('selectPerMachineByDefault')
  })

  it('creates a desktop and a start-menu shortcut', () => {
    expect(config.nsis).toMatchObject({
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
    })
  })

  it("the portable exe runs with the user's own rights", () => {
    expect(config.portable.requestExecutionLevel).toBe('user')
  })
})

describe('macOS', () => {
  it('hardened runtime with our entitlements, filed under productivity', () => {
    expect(config.mac).toMatchObject({
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
    })
  })

  it('names no signing identity: signing and notarisation come from the release machine', () => {
    const secretLike = /identity|password|secret|token|csc|certificate|apple(id|api)/i
    expect(keyPaths(raw).filter((p) => secretLike.test(p))).toEqual([])
    expect(readFileSync(CONFIG_FILE, 'utf8')).not.toMatch(/(PASSWORD|KEY|TOKEN)\s*[:=]\s*\S/)
  })
})

// What the built app contains and which fuses its executable has is proven on a real build, not
// read back from this file: dir-build.test.ts (only app.asar in resources, exactly the predicted
// files and dependencies, every fuse flipped in the executable) and packed-files.test.ts.
describe('hardening a Linux build cannot show', () => {
  it('re-signs the macOS app ad hoc after the fuses change, so it still starts', () => {
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true)
  })
})

describe('session files', () => {
  it('associates the extension the app reads, with its own icon on Windows and macOS', () => {
    expect(config.fileAssociations).toHaveLength(1)
    const [association] = config.fileAssociations
    expect(association).toMatchObject({
      ext: SESSION_FILE_EXTENSION,
      role: 'Editor',
      mimeType: 'application/x-dansende-dilemmas',
      icon: 'session-file',
    })
    for (const ext of ['ico', 'icns']) {
      const file = join(config.directories.buildResources, `${association?.icon}.${ext}`)
      expect(existsSync(fromRoot(file)), file).toBe(true)
    }
  })
})

describe('no network', () => {
  it('publishes nowhere and configures no update feed', () => {
    expect(config.publish).toBeNull()
    const updateKeys = keyPaths(raw).filter((p) => /publish|update|channel/i.test(p))
    expect(updateKeys).toEqual(['publish'])
    expect(Object.keys(packageJson.dependencies)).not.toContain('electron-updater')
  })

  it('the dist scripts build first and never publish', () => {
    for (const [name, flag] of [
      ['dist', ''],
      ['dist:win', ' --win'],
      ['dist:mac', ' --mac'],
      ['dist:linux', ' --linux'],
    ] as const) {
      expect(packageJson.scripts[name]).toBe(
        `npm run build && electron-builder${flag} --publish never`,
      )
    }
  })
})
