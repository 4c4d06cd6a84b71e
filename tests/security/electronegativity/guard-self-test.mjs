// Shows that the network guard stops every way Node has to reach the network: each probe below
// tries one, under the guard, and the JSON written to argv[2] says how each one failed.
// The addresses are reserved ones (RFC 5737, RFC 6761) that lead nowhere even without the guard.
import { BLOCKED_CODE, installNetworkGuard } from './network-guard.mjs'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

// Node's own fetch (undici), kept from before the guard, to show it is caught underneath too.
const nodeFetch = globalThis.fetch
const guard = installNetworkGuard()
const load = createRequire(import.meta.url)
const http = load('node:http')
const https = load('node:https')
const http2 = load('node:http2')
const net = load('node:net')
const tls = load('node:tls')
const dns = load('node:dns')
const dgram = load('node:dgram')
const childProcess = load('node:child_process')
const { Worker } = load('node:worker_threads')
// The real got, as Electronegativity loads it for its translations.
const got = load(load.resolve('got', { paths: [load.resolve('@doyensec/electronegativity')] }))

const HOST = '192.0.2.1'
const NAME = 'electronegativity-i18n.example.invalid'

/** Runs a probe that may throw at once, fail its promise, or emit 'error'. */
function attempt(start) {
  return new Promise((resolvePromise) => {
    const done = (error) => resolvePromise(error?.code ?? error?.cause?.code ?? 'NO_ERROR')
    try {
      const result = start(done)
      if (result && typeof result.then === 'function') result.then(() => done(), done)
      else if (result && typeof result.on === 'function') result.on('error', done)
    } catch (error) {
      done(error)
    }
  })
}

const probes = {
  'http.get': () => http.get(`http://${HOST}/`),
  'https.get': () => https.get(`https://${HOST}/`),
  'http2.connect': () => http2.connect(`https://${HOST}`),
  got: () => got(`https://${NAME}/en-US.json`, { timeout: { request: 1000 }, retry: 0 }),
  'got.head': () =>
    got.head(`https://${NAME}/index.json`, { timeout: { request: 1000 }, retry: 0 }),
  fetch: () => fetch(`https://${NAME}/`),
  'fetch (undici underneath)': () => nodeFetch(`https://${HOST}/`),
  'net.connect': () => net.connect(80, HOST),
  'tls.connect': () => tls.connect(443, HOST),
  'dns.lookup': (done) => dns.lookup(NAME, done),
  'dns.promises.resolve4': () => dns.promises.resolve4(NAME),
  'dns.Resolver#resolve': (done) => new dns.Resolver().resolve(NAME, done),
  'dgram.send': () => dgram.createSocket('udp4').send('x', 53, HOST),
  'child_process.spawn': () => childProcess.spawn('curl', [`https://${NAME}/`]),
  'worker_threads.Worker': () => new Worker('fetch("https://example.invalid/")', { eval: true }),
}

const results = {}
for (const [name, probe] of Object.entries(probes)) {
  const before = guard.attempts.length
  const code = await attempt(probe)
  results[name] = { code, recorded: guard.attempts.slice(before) }
}

writeFileSync(process.argv[2], JSON.stringify({ blockedCode: BLOCKED_CODE, results }, null, 2))
// A refused probe may leave a handle behind; the verdict is written, so leave now.
process.exit(0)
