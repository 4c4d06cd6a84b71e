import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromRoot } from '../support/paths'
import {
  describeIssue,
  runElectronegativityOffline,
  scanNamed,
  type Report,
  type ScanName,
} from './electronegativity/report'
import { EXCLUDED_CHECKS, WAIVERS, waiverFor } from './electronegativity/waivers'

/** Electronegativity (@doyensec/electronegativity) over our code, the built app and package.json. */
let report: Report

beforeAll(async () => {
  report = await runElectronegativityOffline()
})

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(fromRoot(dir), { recursive: true, encoding: 'utf8' })
    .map((file) =>
      relative(fromRoot('.'), join(fromRoot(dir), file))
        .split('\\')
        .join('/'),
    )
    .filter((file) => pattern.test(file))
    .sort()
}

/** Everything above informational that no waiver explains, as lines a reader can act on. */
function findings(name: ScanName): string[] {
  return scanNamed(report, name)
    .issues.filter((issue) => issue.severity !== 'INFORMATIONAL')
    .filter((issue) => waiverFor(name, issue) === undefined)
    .map(describeIssue)
}

describe('Electronegativity', () => {
  it('touches no network: its translations come from its own package, nothing else is asked', () => {
    expect(report.network.attempts).toEqual([])
    expect(report.network.servedLocally).toHaveLength(report.scans.length)
    for (const url of report.network.servedLocally) expect(url).toMatch(/\/en-US\.json$/)
  })

  it('runs every check except the one that needs the network', () => {
    const excluded = EXCLUDED_CHECKS.map((entry) => entry.check)
    expect(report.checks.global).toEqual(expect.arrayContaining(excluded))
    for (const name of ['sources', 'built'] as const) {
      const scan = scanNamed(report, name)
      expect(scan.excluded).toEqual(excluded)
      expect(scan.globalChecks).toBe(report.checks.global.length - excluded.length)
      expect(scan.atomicChecks).toBe(report.checks.atomic.length)
    }
  })

  it('knows which Electron it audits, so its version-dependent defaults are the real ones', () => {
    const pinned = JSON.parse(readFileSync(fromRoot('node_modules/electron/package.json'), 'utf8'))
    expect(report.electronVersion).toBe(pinned.version)
    expect(Number(report.electronVersion.split('.')[0])).toBeGreaterThanOrEqual(45)
  })

  it('reads every main, preload and core source, and parses every one', () => {
    const sources = scanNamed(report, 'sources')
    expect([...sources.files].sort()).toEqual(filesUnder('electron', /\.ts$/))
    expect(sources.errors).toEqual([])
  })

  it('reads the whole built app, the .cjs preloads and the bundled main too, and parses it', () => {
    const built = scanNamed(report, 'built')
    expect([...built.files].sort()).toEqual(filesUnder('out', /\.(js|cjs|mjs|html)$/))
    expect(built.files).toEqual(
      expect.arrayContaining([
        'out/main/index.js',
        'out/preload/presenter.cjs',
        'out/preload/projector.cjs',
        'out/renderer/presenter.html',
        'out/renderer/projector.html',
        'out/renderer/identify.html',
      ]),
    )
    expect(built.errors).toEqual([])
  })

  it('finds nothing above informational in the sources', () => {
    expect(findings('sources')).toEqual([])
  })

  it('finds nothing above informational in the built app', () => {
    expect(findings('built')).toEqual([])
  })

  it('finds no dangerous Chromium switches or silenced warnings in package.json', () => {
    const manifest = scanNamed(report, 'manifest')
    expect(manifest.errors).toEqual([])
    expect(findings('manifest')).toEqual([])
    expect(manifest.issues.map((issue) => issue.id)).toEqual(['ELECTRON_VERSION_JSON_CHECK'])
  })

  it('evaluates the CSP of every built page, and each waiver still has something to waive', () => {
    for (const waiver of WAIVERS) {
      const waived = scanNamed(report, waiver.scan).issues.filter(waiver.matches)
      expect(waived.length, `${waiver.scan}: ${waiver.check}`).toBeGreaterThan(0)
      expect(waiver.why.length).toBeGreaterThan(80)
    }
    const evaluated = scanNamed(report, 'built')
      .issues.filter((issue) => issue.id === 'CSP_GLOBAL_CHECK')
      .map((issue) => issue.file)
    expect(evaluated.sort()).toEqual(filesUnder('out/renderer', /\.html$/))
  })

  it('sees every window where it is made: the bundle makes them in one place only', () => {
    // In the bundle windows are made with `new electron.BrowserWindow`, which the tool's window
    // checks do not recognise; they check the one place in the sources instead (secure-window.ts).
    const bundle = readFileSync(fromRoot('out/main/index.js'), 'utf8')
    expect(bundle.match(/new\s+[\w$.]*BrowserWindow\s*\(/g)).toHaveLength(1)
    expect(bundle).not.toMatch(/\b(BrowserView|WebContentsView)\b/)
  })
})
