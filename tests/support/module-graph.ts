import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import ts from 'typescript'
import { fromRoot } from './paths'

/** The renderer's aliases, as electron.vite.config.ts sets them. */
const ALIASES: Readonly<Record<string, string>> = {
  '@core': 'electron/core',
  '@node': 'electron/node',
  '@common': 'renderer/src/common',
  '@resources': 'resources',
}
const CONTRACT = fromRoot('electron/ipc/index.ts')
const EXTENSIONS = ['', '.ts', '.vue', '/index.ts']

export interface ModuleGraph {
  /** Absolute paths of the project's own source files reached. */
  readonly files: ReadonlySet<string>
  /** Packages reached (`vue`, `zod`, …), by name. */
  readonly packages: ReadonlySet<string>
}

interface Imports {
  readonly eager: string[]
  readonly lazy: string[]
}

/** The code a `.vue` file runs: its script blocks (the template names no modules). */
export function scriptOf(file: string): string {
  const source = readFileSync(file, 'utf8')
  if (!file.endsWith('.vue')) return source
  const blocks = source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)
  return [...blocks].map((block) => block[1] ?? '').join('\n')
}

/** An import that the build erases: `import type`, or only `type` names. */
function typeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly
  const clause = node.importClause
  if (clause === undefined) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

/** Value imports: static ones load with the module, `import()` ones when called. */
function importsOf(file: string): Imports {
  const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, true)
  const eager: string[] = []
  const lazy: string[] = []
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !typeOnly(node)
    ) {
      eager.push(node.moduleSpecifier.text)
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments
      if (specifier !== undefined && ts.isStringLiteralLike(specifier)) lazy.push(specifier.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { eager, lazy }
}

/** A project file for `specifier`, a package name, or null for what is no code (styles, …). */
function resolveSpecifier(
  from: string,
  specifier: string,
): { file: string } | { pkg: string } | null {
  if (specifier === '@contract') return { file: CONTRACT }
  const alias = Object.keys(ALIASES).find((name) => specifier.startsWith(`${name}/`))
  let base: string
  if (alias !== undefined) base = fromRoot(`${ALIASES[alias]}${specifier.slice(alias.length)}`)
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier)
  else {
    const parts = specifier.split('/')
    const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '')
    return { pkg }
  }
  if (/\.(css|svg|png|woff2?|json)$/.test(base)) return null
  const file = EXTENSIONS.map((extension) => base + extension).find(
    (candidate) => /\.(ts|vue)$/.test(candidate) && existsSync(candidate),
  )
  if (file === undefined) throw new Error(`${from}: cannot resolve ${specifier}`)
  return { file }
}

/**
 * What an entry reaches through its value imports: the static ones only (what loads before it
 * runs), or the `import()` ones too (all a window may ever load).
 */
export function moduleGraph(entry: string, options: { lazy: boolean }): ModuleGraph {
  const files = new Set<string>()
  const packages = new Set<string>()
  const pending = [fromRoot(entry)]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue
    files.add(file)
    const { eager, lazy } = importsOf(file)
    for (const specifier of options.lazy ? [...eager, ...lazy] : eager) {
      const target = resolveSpecifier(file, specifier)
      if (target === null) continue
      if ('pkg' in target) packages.add(target.pkg)
      else pending.push(target.file)
    }
  }
  return { files, packages }
}
