// Runs Electronegativity over our sources, the built app and package.json, with no network at
// all, and writes what it found as JSON: `node run-offline.mjs <report.json>`.
import { installNetworkGuard } from './network-guard.mjs'
import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import {
  answerTranslationsLocally,
  checkNames,
  evaluateCsp,
  readCommonJsAndModules,
  runnerPath,
  teachPrivateClassMembers,
  toolVersion,
} from './tool-shims.mjs'

// First, before the tool is loaded: from here on this process cannot reach any network.
const guard = installNetworkGuard()

const root = resolve(import.meta.dirname, '../../..')
const load = createRequire(import.meta.url)

/** The one check that needs the network: it downloads Electron's release list from GitHub. */
const NETWORK_CHECK = 'AvailableSecurityFixesGlobalCheck'
const MANIFEST_CHECKS = [
  'CustomArgumentsJSONCheck',
  'SecurityWarningsDisabledJSONCheck',
  'ElectronVersionJSONCheck',
]

const SCANS = [
  { name: 'sources', input: 'electron', exclude: [NETWORK_CHECK] },
  { name: 'built', input: 'out', exclude: [NETWORK_CHECK] },
  // package.json alone: dangerous Chromium switches or silenced warnings in the npm scripts.
  { name: 'manifest', input: 'package.json', only: MANIFEST_CHECKS },
]

const served = []
const scanned = []
answerTranslationsLocally(guard.attempts, served)
teachPrivateClassMembers()
readCommonJsAndModules(scanned)
const run = load(runnerPath)
const electronVersion = load('electron/package.json').version

const scans = []
for (const scan of SCANS) {
  const before = scanned.length
  const result = await run({
    input: join(root, scan.input),
    electronVersionOverride: electronVersion,
    customScan: (scan.only ?? []).map((name) => name.toLowerCase()),
    excludeFromScan: (scan.exclude ?? []).map((name) => name.toLowerCase()),
  })
  const files = scan.input.endsWith('.json') ? [join(root, scan.input)] : scanned.slice(before)
  scans.push({
    name: scan.name,
    input: scan.input,
    excluded: scan.exclude ?? [],
    only: scan.only ?? null,
    globalChecks: result.globalChecks,
    atomicChecks: result.atomicChecks,
    files: files.map((file) => relative(root, file).split('\\').join('/')),
    errors: result.errors.map((error) => ({
      file: relative(root, error.file).split('\\').join('/'),
      message: error.message,
    })),
    issues: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file === 'N/A' ? 'N/A' : relative(root, issue.file).split('\\').join('/'),
      line: issue.location.line,
      column: issue.location.column,
      description: issue.description,
      sample: issue.sample ?? null,
      manualReview: issue.manualReview,
      cspFindings:
        issue.id === 'CSP_GLOBAL_CHECK' && typeof issue.sample === 'string'
          ? evaluateCsp(issue.sample)
          : null,
    })),
  })
}

writeFileSync(
  process.argv[2],
  JSON.stringify(
    {
      tool: toolVersion,
      electronVersion,
      checks: checkNames(),
      network: { attempts: guard.attempts, servedLocally: served },
      scans,
    },
    null,
    2,
  ),
)
