import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fromRoot } from '../support/paths'

/**
 * The app never touches the network: no update checks, no telemetry, no crash upload, no
 * requests. Chromium's requests are cancelled at run time (harden-contents.ts,
 * blockRemoteRequests); this scan keeps the Node side (main, preload) and the pages free of
 * any code that could reach out.
 */
const ROOTS = ['electron', 'renderer/src', 'renderer']
const SOURCE = /\.(ts|vue|html|css)$/

function sourceFiles(): string[] {
  const files = new Set<string>()
  for (const root of ROOTS) {
    const deep = root !== 'renderer'
    for (const entry of readdirSync(fromRoot(root), { recursive: deep, encoding: 'utf8' })) {
      const file = relative(fromRoot('.'), join(fromRoot(root), entry))
        .split('\\')
        .join('/')
      if (SOURCE.test(file)) files.add(file)
    }
  }
  return [...files].sort()
}

const FORBIDDEN: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'auto-updater', pattern: /electron-updater|update-electron-app|\bautoUpdater\b/ },
  { name: "Electron's net module", pattern: /\bnet\.(request|fetch|resolveHost)\b/ },
  { name: "net imported from 'electron'", pattern: /\{[^}]*\bnet\b[^}]*\}\s*from\s*'electron'/ },
  { name: 'fetch()', pattern: /\bfetch\s*\(/ },
  {
    name: 'XMLHttpRequest/WebSocket/EventSource',
    pattern: /\b(XMLHttpRequest|WebSocket|EventSource)\b/,
  },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/ },
  {
    name: "Node's network modules",
    pattern: /(from\s*|require\(\s*)'(node:)?(http|https|http2|net|tls|dgram|dns)'/,
  },
  { name: 'crash report upload', pattern: /\bcrashReporter\b/ },
  { name: 'shell.openExternal (hands a URL to the browser)', pattern: /\bopenExternal\b/ },
  // The log stays on the disk: its remote transport may only appear being switched off.
  { name: 'remote log transport', pattern: /transports\.remote(?!\.level\s*=\s*false\b)/ },
  { name: 'telemetry SDK', pattern: /@sentry\/|@bugsnag\/|posthog|mixpanel|applicationinsights/i },
  { name: 'remote URL', pattern: /\b(https?|wss?|ftp):\/\// },
]

/**
 * The only places allowed to match, each with its reason. The dev server's address is parsed
 * (devServerOrigin in electron/core/app-origin.ts), not matched by prefix. The two below are
 * addresses written into documents people read elsewhere; the app itself never loads them (its
 * pages deny navigation and new windows, and their frames may load our own origin only: the
 * policy's frame-src 'self', for the Drukwerk preview).
 */
const ALLOWED: readonly { readonly file: string; readonly match: string; readonly why: string }[] =
  [
    {
      file: 'electron/core/report/web-link.ts',
      match: 'https://',
      why: '"Meer informatie" as a link in the saved report, for the reader to open',
    },
    {
      file: 'electron/core/gids.ts',
      match: 'https://',
      why: 'the Gids Ambtelijk Vakmanschap address as text in the invitation mail and on the flyer',
    },
  ]

interface Hit {
  readonly file: string
  readonly line: number
  readonly rule: string
  readonly text: string
}

/** Whole files are searched, so an import spread over several lines is caught too. */
function hits(): Hit[] {
  const found: Hit[] = []
  for (const file of sourceFiles()) {
    const text = readFileSync(fromRoot(file), 'utf8')
    for (const rule of FORBIDDEN) {
      for (const match of text.matchAll(
        new RegExp(rule.pattern.source, `${rule.pattern.flags}g`),
      )) {
        const allowed = ALLOWED.some((entry) => entry.file === file && match[0] === entry.match)
        if (allowed) continue
        const line = text.slice(0, match.index).split('\n').length
        found.push({ file, line, rule: rule.name, text: match[0].replace(/\s+/g, ' ') })
      }
    }
  }
  return found
}

describe('no network code', () => {
  it('scans the main process, the preloads, the core, its Node corner and the pages', () => {
    const files = sourceFiles()
    for (const expected of [
      'electron/main/index.ts',
      'electron/preload/expose.ts',
      'electron/core/host/session-host.ts',
      'electron/node/persistence/autosave-writer.ts',
      'renderer/presenter.html',
    ]) {
      expect(files).toContain(expected)
    }
    expect(files.some((file) => file.endsWith('.vue'))).toBe(true)
  })

  it('has no update check, telemetry, crash upload, request or external link anywhere', () => {
    const lines = hits().map((hit) => `${hit.file}:${hit.line} ${hit.rule}: ${hit.text}`)
    expect(lines).toEqual([])
  })

  it('has each allowed exception still in place, so none outlives its reason', () => {
    for (const entry of ALLOWED) {
      expect(readFileSync(fromRoot(entry.file), 'utf8'), entry.why).toContain(entry.match)
    }
  })

  it('depends on no updater or telemetry package', () => {
    const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
      devDependencies?: Record<string, string>
    }
    const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
    const suspicious = names.filter((name) =>
      /^(electron-updater|update-electron-app|@sentry\/|@bugsnag\/|@datadog\/|posthog|mixpanel|@segment\/|applicationinsights|universal-analytics)/.test(
        name,
      ),
    )
    expect(suspicious).toEqual([])
  })
})
