import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { z } from 'zod'
import { fromRoot } from '../../../support/paths'

/** A target entry as electron-builder accepts it: a name, or a name with its architectures. */
const Target = z.union([
  z.string(),
  z.object({ target: z.string(), arch: z.array(z.string()).optional() }),
])

const Platform = z.object({
  icon: z.string().optional(),
  target: z.array(Target),
  publish: z.unknown().optional(),
  files: z.unknown().optional(),
})

/**
 * The parts of electron-builder.yml the packaging tests read. Objects are not strict: a key we
 * do not check may be added without touching this file, and the tests read `raw` for absences.
 */
export const BuilderConfig = z.object({
  appId: z.string(),
  productName: z.string(),
  executableName: z.string(),
  artifactName: z.string(),
  directories: z.object({ output: z.string(), buildResources: z.string() }),
  files: z.array(z.string()),
  asar: z.boolean(),
  publish: z.null(),
  electronFuses: z.record(z.string(), z.boolean()),
  fileAssociations: z.array(
    z.object({
      ext: z.string(),
      name: z.string(),
      role: z.string(),
      mimeType: z.string(),
      icon: z.string(),
    }),
  ),
  win: Platform,
  nsis: z.object({
    oneClick: z.boolean(),
    perMachine: z.boolean(),
    allowElevation: z.boolean(),
    packElevateHelper: z.boolean(),
    createDesktopShortcut: z.boolean(),
    createStartMenuShortcut: z.boolean(),
    artifactName: z.string(),
  }),
  portable: z.object({ requestExecutionLevel: z.string(), artifactName: z.string() }),
  mac: Platform.extend({
    category: z.string(),
    hardenedRuntime: z.boolean(),
    entitlements: z.string(),
    entitlementsInherit: z.string(),
  }),
  linux: Platform.extend({ category: z.string(), maintainer: z.string(), synopsis: z.string() }),
})
export type BuilderConfig = z.infer<typeof BuilderConfig>

export const CONFIG_FILE = fromRoot('electron-builder.yml')

/** The YAML as electron-builder reads it, before any checking. */
export function readRawConfig(): Record<string, unknown> {
  const raw: unknown = parse(readFileSync(CONFIG_FILE, 'utf8'))
  return z.record(z.string(), z.unknown()).parse(raw)
}

export function readConfig(): BuilderConfig {
  return BuilderConfig.parse(readRawConfig())
}

/** Target names and architectures of one platform, e.g. { nsis: ['x64'], portable: ['x64'] }. */
export function targetsOf(platform: z.infer<typeof Platform>): Record<string, string[]> {
  return Object.fromEntries(
    platform.target.map((t) =>
      typeof t === 'string' ? [t, ['(default)']] : [t.target, t.arch ?? ['(default)']],
    ),
  )
}
