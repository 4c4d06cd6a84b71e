import childProcess from 'node:child_process'
import dgram from 'node:dgram'
import dns from 'node:dns'
import net from 'node:net'
import workerThreads from 'node:worker_threads'

/** The code every refused attempt fails with, so a test can tell our refusal from a real error. */
export const BLOCKED_CODE = 'ERR_NETWORK_BLOCKED_BY_TEST'

function refusal(via, target) {
  const error = new Error(`network access refused by the test guard: ${via} ${target}`)
  error.code = BLOCKED_CODE
  return error
}

function describeConnect(args) {
  const [first, second] = args
  if (Array.isArray(first)) return describeConnect(first)
  if (first && typeof first === 'object') {
    if (first.path) return `path ${first.path}`
    return `${first.host ?? 'localhost'}:${first.port}`
  }
  if (typeof first === 'number')
    return `${typeof second === 'string' ? second : 'localhost'}:${first}`
  return String(first)
}

/**
 * Makes this process unable to reach any network, and records every attempt. The hooks sit where
 * all of Node's networking passes: every TCP or TLS connection (http, https, http2, got, fetch)
 * goes through net.Socket#connect, every name lookup through dns, every UDP packet through
 * dgram. A child process or worker thread could escape the hooks, so those are refused too.
 * Nothing is ever sent: the hooks throw before any socket is opened.
 */
export function installNetworkGuard() {
  const attempts = []
  const refuse = (via, target) => {
    attempts.push({ via, target })
    throw refusal(via, target)
  }

  net.Socket.prototype.connect = function connect(...args) {
    refuse('net.Socket#connect', describeConnect(args))
  }

  const lookups = ['lookup', 'lookupService', 'resolve', 'resolveAny', 'reverse']
  const resolvers = Object.keys(dns).filter((name) => /^resolve[A-Z0-9]/.test(name))
  for (const name of [...lookups, ...resolvers]) {
    if (typeof dns[name] === 'function') {
      dns[name] = (host) => refuse(`dns.${name}`, String(host))
    }
    if (typeof dns.promises[name] === 'function') {
      dns.promises[name] = async (host) => refuse(`dns.promises.${name}`, String(host))
    }
    for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
      if (typeof Resolver.prototype[name] === 'function') {
        Resolver.prototype[name] = function blocked(host) {
          return refuse(`dns.Resolver#${name}`, String(host))
        }
      }
    }
  }

  for (const name of ['send', 'connect', 'bind']) {
    dgram.Socket.prototype[name] = function blocked(...args) {
      refuse(`dgram.Socket#${name}`, args.map(String).join(' '))
    }
  }

  // fetch (undici) connects through net as well; this makes its refusal plain in the record.
  globalThis.fetch = async (input) => refuse('fetch', String(input?.url ?? input))

  for (const name of [
    'spawn',
    'spawnSync',
    'exec',
    'execSync',
    'execFile',
    'execFileSync',
    'fork',
  ]) {
    childProcess[name] = (command) => refuse(`child_process.${name}`, String(command))
  }
  workerThreads.Worker = function BlockedWorker(file) {
    refuse('worker_threads.Worker', String(file))
  }

  return { attempts }
}
