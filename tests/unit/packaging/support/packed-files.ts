import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve, sep } from 'node:path'
import type { Configuration } from 'app-builder-lib'
import type { Filter } from 'builder-util'
import { walk } from 'builder-util'
import { fromRoot, PROJECT_ROOT } from '../../../support/paths'
import { readRawConfig } from './builder-config'

/** The part of electron-builder's internal file matcher (app-builder-lib/out/fileMatcher) we call. */
interface FileMatcherModule {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: object,
    platformPackager: {
      info: {
        projectDir: string
        buildResourcesDir: string
        isPrepackedAppAsar: boolean
        config: Configuration
        debugLogger: { isEnabled: boolean }
      }
    },
    outDir: string,
    isElectronCompile: boolean,
  ): { patterns: string[]; createFilter(): Filter }[]
}

const require = createRequire(import.meta.url)

/**
 * The app files electron-builder copies into app.asar, found with electron-builder's own code:
 * its main file matcher (our `files` plus its default exclusions) walked over the project the
 * way its copier walks it, pruning excluded folders. Paths are relative, with forward slashes.
 * Dependencies in node_modules are collected separately by electron-builder (see
 * production-dependencies.ts); the main matcher always excludes node_modules.
 */
export async function filesElectronBuilderWouldPack(): Promise<string[]> {
  if (!existsSync(fromRoot('out'))) {
    throw new Error(
      'out/ is missing: the packaging tests check the built app. Run `npm run build` first ' +
        '(`npm test` builds before Vitest).',
    )
  }
  const rawConfig = readRawConfig()
  const config = rawConfig as Configuration
  const directories = config.directories ?? {}
  const { getMainFileMatchers } = require('app-builder-lib/out/fileMatcher') as FileMatcherModule
  const matchers = getMainFileMatchers(
    PROJECT_ROOT,
    '/app',
    (pattern) => pattern,
    config.linux ?? {},
    {
      info: {
        projectDir: PROJECT_ROOT,
        buildResourcesDir: resolve(PROJECT_ROOT, directories.buildResources ?? 'build'),
        isPrepackedAppAsar: false,
        config,
        debugLogger: { isEnabled: false },
      },
    },
    resolve(PROJECT_ROOT, directories.output ?? 'dist'),
    false,
  )
  if (matchers.length !== 1) throw new Error('expected only the default file set in `files`')
  const [matcher] = matchers
  if (matcher === undefined) throw new Error('electron-builder returned no file matcher')
  const files = await walk(PROJECT_ROOT, matcher.createFilter())
  return files.map((file) => relative(PROJECT_ROOT, file).split(sep).join('/')).sort()
}

/** The directory under which a packed path lies ("out", "package.json", "node_modules", ...). */
export const topLevel = (path: string): string => path.split('/')[0] ?? path

export const isUnder = (path: string, dir: string): boolean =>
  path === dir || path.startsWith(`${dir}/`)

export const projectPath = (path: string): string => join(PROJECT_ROOT, path)
