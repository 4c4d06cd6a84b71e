import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { z } from 'zod'
import { fromRoot } from '../../../support/paths'

const LockPackage = z.object({
  version: z.string().optional(),
  dev: z.boolean().optional(),
  devOptional: z.boolean().optional(),
  optional: z.boolean().optional(),
  dependencies: z.record(z.string(), z.string()).optional(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
  peerDependencies: z.record(z.string(), z.string()).optional(),
})
const Lockfile = z.object({ packages: z.record(z.string(), LockPackage) })
type LockPackage = z.infer<typeof LockPackage>

const PackageJson = z.object({
  dependencies: z.record(z.string(), z.string()),
  devDependencies: z.record(z.string(), z.string()),
})

export const packageJson = PackageJson.parse(
  JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')),
)
const lock = Lockfile.parse(JSON.parse(readFileSync(fromRoot('package-lock.json'), 'utf8')))

export interface InstalledPackage {
  /** The lockfile key, e.g. "node_modules/docx/node_modules/nanoid". */
  path: string
  name: string
  /** Which package brought it in (the first path found), "" for our own dependencies. */
  requiredBy: string
  entry: LockPackage
}

/** Where Node would find `name` from a package at `fromPath`: its own node_modules, then upwards. */
function resolveInLock(name: string, fromPath: string): string | undefined {
  let base = fromPath
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
    if (candidate in lock.packages) return candidate
    if (!base) return undefined
    const parent = base.lastIndexOf('/node_modules/')
    base = parent === -1 ? '' : base.slice(0, parent)
  }
}

const nameOf = (path: string): string => path.slice(path.lastIndexOf('node_modules/') + 13)

/**
 * Every installed package reachable from our `dependencies` (never from `devDependencies`):
 * what electron-builder puts into app.asar's node_modules. Optional and peer dependencies count
 * when they are installed, as they are loaded at run time.
 */
export function productionClosure(): InstalledPackage[] {
  const found = new Map<string, InstalledPackage>()
  const queue: { name: string; from: string; requiredBy: string; optional: boolean }[] =
    Object.keys(packageJson.dependencies).map((name) => ({
      name,
      from: '',
      requiredBy: '',
      optional: false,
    }))
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const path = resolveInLock(item.name, item.from)
    if (path === undefined) {
      if (item.optional) continue
      throw new Error(`${item.name} (needed by ${item.requiredBy || 'us'}) is not installed`)
    }
    if (found.has(path)) continue
    const entry = lock.packages[path]
    if (entry === undefined) continue
    found.set(path, { path, name: nameOf(path), requiredBy: item.requiredBy, entry })
    const next = (deps: Record<string, string> | undefined, optional: boolean) =>
      Object.keys(deps ?? {}).map((name) => ({ name, from: path, requiredBy: path, optional }))
    queue.push(
      ...next(entry.dependencies, false),
      ...next(entry.optionalDependencies, true),
      ...next(entry.peerDependencies, true),
    )
  }
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path))
}

/** Bare module specifiers a built bundle loads: require('x'), import ... from 'x', import('x'). */
export function bareSpecifiers(source: string): string[] {
  const patterns = [
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\b(?:import|export)\s+(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/g,
  ]
  const specifiers = patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]))
  return [...new Set(specifiers.filter((s): s is string => !!s && !/^[./]/.test(s)))].sort()
}

/** "docx/x" → "docx", "@scope/pkg/x" → "@scope/pkg", "node:fs" → "node:fs". */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

const BUILTINS = new Set(builtinModules)

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(packageNameOf(specifier))
}
