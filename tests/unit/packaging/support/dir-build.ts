import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { extractFile, listPackage, statFile } from '@electron/asar'
import { FuseV1Options } from '@electron/fuses'
import { PROJECT_ROOT } from '../../../support/paths'
import { readRawConfig } from './builder-config'

const run = promisify(execFile)
const require = createRequire(import.meta.url)

/** @electron/fuses looks for this marker; the bytes after it are the fuse wire. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** The fuse wire as Electron ships it: each fuse in its default state ('1' on, '0' off). */
const SHIPPED_WIRE: Readonly<Record<FuseV1Options, '0' | '1'>> = {
  [FuseV1Options.RunAsNode]: '1',
  [FuseV1Options.EnableCookieEncryption]: '0',
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: '1',
  [FuseV1Options.EnableNodeCliInspectArguments]: '1',
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: '0',
  [FuseV1Options.OnlyLoadAppFromAsar]: '0',
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: '0',
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: '1',
}
const FUSE_COUNT = Object.keys(SHIPPED_WIRE).length

export interface DirBuild {
  /** The temporary folder holding everything; remove it when done. */
  work: string
  /** The unpacked Linux app (what the AppImage and deb would contain). */
  appDir: string
  executable: string
  asar: string
}

/**
 * A real `electron-builder --linux dir` run with our configuration, offline: a stand-in for the
 * Electron binary (a tiny script carrying Electron's fuse wire, so the fuses are really flipped)
 * replaces the download; the output goes to a temporary folder.
 */
export async function buildUnpackedLinuxApp(): Promise<DirBuild> {
  const work = await mkdtemp(join(tmpdir(), 'dilemmas-dir-build-'))
  const electronDist = join(work, 'electron')
  await mkdir(electronDist)
  const wire = Object.values(SHIPPED_WIRE).join('')
  const fakeBinary = `#!/bin/sh\nexit 0\n${FUSE_SENTINEL}\u0001${String.fromCharCode(FUSE_COUNT)}${wire}\n`
  await writeFile(join(electronDist, 'electron'), fakeBinary, { encoding: 'latin1', mode: 0o755 })

  const electronVersion = (
    JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')) as {
      version: string
    }
  ).version
  const rawConfig = readRawConfig()
  const directories = rawConfig['directories'] as Record<string, unknown>
  const config = {
    ...rawConfig,
    electronDist,
    electronVersion,
    // Nothing native to rebuild; rebuilding would look for Electron's headers online.
    npmRebuild: false,
    directories: { ...directories, output: join(work, 'dist') },
  }
  const configFile = join(work, 'electron-builder.json')
  await writeFile(configFile, JSON.stringify(config))

  const cli = require.resolve('electron-builder/cli.js')
  const args = [cli, '--linux', 'dir', '--config', configFile, '--projectDir', PROJECT_ROOT]
  // A failure rejects with electron-builder's output in the message.
  await run(process.execPath, [...args, '--publish', 'never'], {
    cwd: PROJECT_ROOT,
    timeout: 90_000,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: work,
      ELECTRON_BUILDER_CACHE: join(work, 'cache'),
      CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    },
  })
  const appDir = join(work, 'dist', 'linux-unpacked')
  return {
    work,
    appDir,
    executable: join(appDir, String(rawConfig['executableName'])),
    asar: join(appDir, 'resources', 'app.asar'),
  }
}

/** Files (not folders) in an asar archive, relative, with forward slashes. */
export function asarFiles(archive: string): string[] {
  return listPackage(archive, { isPack: false })
    .map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''))
    .filter((entry) => !('files' in statFile(archive, entry)))
    .sort()
}

export function asarJson(archive: string, file: string): Record<string, unknown> {
  return JSON.parse(extractFile(archive, file).toString('utf8')) as Record<string, unknown>
}

/** Fuse states read back from the built executable, by fuse name: true on, false off. */
export async function fusesOf(executable: string): Promise<Record<string, boolean>> {
  const binary = await readFile(executable)
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length
  const states: Record<string, boolean> = {}
  for (let i = 0; i < binary.readUInt8(at + 1); i++) {
    states[FuseV1Options[i] ?? `fuse${i}`] = binary.readUInt8(at + 2 + i) === 0x31
  }
  return states
}
