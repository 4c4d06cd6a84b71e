import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { z } from 'zod'
import { fromRoot } from '../../support/paths'

const cspFindingSchema = z.object({
  severity: z.string(),
  directive: z.string(),
  value: z.string().nullable(),
  description: z.string(),
})

const issueSchema = z.object({
  id: z.string(),
  severity: z.enum(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']),
  confidence: z.string(),
  file: z.string(),
  line: z.number(),
  column: z.number(),
  description: z.string(),
  sample: z.string().nullable(),
  manualReview: z.boolean(),
  cspFindings: z.array(cspFindingSchema).nullable(),
})

const scanSchema = z.object({
  name: z.enum(['sources', 'built', 'manifest']),
  input: z.string(),
  excluded: z.array(z.string()),
  only: z.array(z.string()).nullable(),
  globalChecks: z.number(),
  atomicChecks: z.number(),
  files: z.array(z.string()),
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
  issues: z.array(issueSchema),
})

const reportSchema = z.object({
  tool: z.string(),
  electronVersion: z.string(),
  checks: z.object({ atomic: z.array(z.string()), global: z.array(z.string()) }),
  network: z.object({
    attempts: z.array(z.object({ via: z.string(), target: z.string() })),
    servedLocally: z.array(z.string()),
  }),
  scans: z.array(scanSchema),
})

export type ToolIssue = z.infer<typeof issueSchema>
export type Scan = z.infer<typeof scanSchema>
export type ScanName = Scan['name']
export type Report = z.infer<typeof reportSchema>

const run = promisify(execFile)

/**
 * Runs Electronegativity in its own Node process (run-offline.mjs), behind the network guard,
 * and reads back what it found. LANG picks the translation file the package ships.
 */
export async function runElectronegativityOffline(): Promise<Report> {
  const dir = await mkdtemp(join(tmpdir(), 'electronegativity-'))
  try {
    const reportFile = join(dir, 'report.json')
    await run(
      process.execPath,
      [fromRoot('tests/security/electronegativity/run-offline.mjs'), reportFile],
      {
        cwd: fromRoot('.'),
        env: { ...process.env, LANG: 'en-US' },
        timeout: 60_000,
        maxBuffer: 16 * 1024 * 1024,
      },
    )
    return reportSchema.parse(JSON.parse(await readFile(reportFile, 'utf8')))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export function scanNamed(report: Report, name: ScanName): Scan {
  const scan = report.scans.find((candidate) => candidate.name === name)
  if (!scan) throw new Error(`Electronegativity did not run the ${name} scan`)
  return scan
}

/** One line a reader can act on: what, where, why, and the tool's page about it. */
export function describeIssue(issue: ToolIssue): string {
  const where = issue.file === 'N/A' ? 'whole app' : `${issue.file}:${issue.line}:${issue.column}`
  const page = `https://github.com/doyensec/electronegativity/wiki/${issue.id}`
  return `${issue.severity} ${issue.id} at ${where}: ${issue.description} (${page})`
}
