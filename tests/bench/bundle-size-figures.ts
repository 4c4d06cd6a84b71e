import { readFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { PageName } from '@core/app-origin'
import { RENDERER_DIR } from '../e2e/harness/harness'
import type { Figure } from './table'

/** As a web server compressing ahead of time would; the app itself reads the files from asar. */
const GZIP_LEVEL = 9
/** The targets: the beamer paints from a small page; the presenter within 150 KB. */
const BUDGET_KB: Readonly<Record<'presenter' | 'projector', number>> = {
  presenter: 150,
  projector: 60,
}
const WINDOWS = ['presenter', 'projector'] as const

/** Module scripts and modulepreloads the built page names: what loads before it can run. */
function entryScripts(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? []
  return tags.flatMap((tag) => {
    const isModule = /^<script\b/.test(tag) && /\btype=["']?module/.test(tag)
    const isPreload = /^<link\b/.test(tag) && /\brel=["']?modulepreload/.test(tag)
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/.exec(tag)?.[1]
    return (isModule || isPreload) && url !== undefined ? [url] : []
  })
}

/**
 * Relative static imports in a built chunk, in both the spaced and the minified forms vite
 * emits (`from "./x.js"`, `from"./x.js"`, `import "./x.js"`); `import("./x.js")` loads later.
 */
function staticImports(code: string): { eager: string[]; lazy: string[] } {
  const specifier = `["'](\\.{1,2}/[^"']+\\.js)["']`
  const eager = [...code.matchAll(new RegExp(`(?:\\bfrom|\\bimport)\\s*${specifier}`, 'g'))]
  const lazy = [...code.matchAll(new RegExp(`\\bimport\\(\\s*${specifier}\\s*\\)`, 'g'))]
  const second = (match: RegExpMatchArray) => match[1] ?? ''
  return { eager: eager.map(second), lazy: lazy.map(second) }
}

async function windowScripts(page: PageName): Promise<{ files: string[]; lazy: string[] }> {
  const html = await readFile(join(RENDERER_DIR, `${page}.html`), 'utf8')
  const pending = entryScripts(html).map((url) => join(RENDERER_DIR, url))
  if (pending.length === 0) throw new Error(`${page}.html names no module script`)
  const files = new Set<string>()
  const lazy = new Set<string>()
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue
    files.add(file)
    const imports = staticImports(await readFile(file, 'utf8'))
    pending.push(...imports.eager.map((spec) => join(dirname(file), spec)))
    for (const spec of imports.lazy) lazy.add(join(dirname(file), spec))
  }
  return { files: [...files], lazy: [...lazy].filter((file) => !files.has(file)) }
}

/** JavaScript each window loads at start, gzipped file by file, summed. */
export async function bundleSizeFigures(): Promise<Figure[]> {
  const figures: Figure[] = []
  for (const page of WINDOWS) {
    const { files, lazy } = await windowScripts(page)
    let raw = 0
    let gzipped = 0
    for (const file of files) {
      const bytes = await readFile(file)
      raw += bytes.length
      gzipped += gzipSync(bytes, { level: GZIP_LEVEL }).length
    }
    const names = files.map((file) => relative(RENDERER_DIR, file)).join(', ')
    console.log(`${page} JavaScript: ${names}; ${(raw / 1024).toFixed(1)} KB before gzip`)
    if (lazy.length > 0) {
      let later = 0
      for (const file of lazy) later += gzipSync(await readFile(file), { level: GZIP_LEVEL }).length
      console.log(
        `  loaded after the first paint, not counted: ${lazy.length} chunks, ${(later / 1024).toFixed(1)} KB gzip`,
      )
    }
    figures.push({
      name: `JavaScript at start, ${page}, gzip -${GZIP_LEVEL}`,
      unit: 'KB',
      measured: gzipped / 1024,
      budget: BUDGET_KB[page],
    })
  }
  return figures
}
