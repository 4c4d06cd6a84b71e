import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { fromRoot } from '../support/paths'

/**
 * The Electronegativity run is offline because of the guard in network-guard.mjs. This proves the
 * guard: a separate process installs it and tries every way Node has to reach the network.
 */
const selfTestSchema = z.object({
  blockedCode: z.string(),
  results: z.record(
    z.string(),
    z.object({
      code: z.string(),
      recorded: z.array(z.object({ via: z.string(), target: z.string() })),
    }),
  ),
})

let selfTest: z.infer<typeof selfTestSchema>

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'network-guard-'))
  try {
    const out = join(dir, 'guard.json')
    const script = fromRoot('tests/security/electronegativity/guard-self-test.mjs')
    await promisify(execFile)(process.execPath, [script, out], { timeout: 30_000 })
    selfTest = selfTestSchema.parse(JSON.parse(await readFile(out, 'utf8')))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

const PROBES = [
  'http.get',
  'https.get',
  'http2.connect',
  'got',
  'got.head',
  'fetch',
  'fetch (undici underneath)',
  'net.connect',
  'tls.connect',
  'dns.lookup',
  'dns.promises.resolve4',
  'dns.Resolver#resolve',
  'dgram.send',
  'child_process.spawn',
  'worker_threads.Worker',
]

describe('the network guard of the Electronegativity run', () => {
  it('tried every probe', () => {
    expect(Object.keys(selfTest.results).sort()).toEqual([...PROBES].sort())
  })

  it.each(PROBES)('refuses %s before anything is sent, and records it', (probe) => {
    const result = selfTest.results[probe]
    expect(result?.code).toBe(selfTest.blockedCode)
    expect(result?.recorded.length).toBeGreaterThan(0)
  })

  it("catches the tool's own HTTP client underneath, at the socket, before any name lookup", () => {
    expect(selfTest.results['got']?.recorded).toEqual([
      { via: 'net.Socket#connect', target: 'electronegativity-i18n.example.invalid:443' },
    ])
  })
})
