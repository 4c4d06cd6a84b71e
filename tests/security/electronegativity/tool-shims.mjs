import { existsSync, readFileSync } from 'node:fs'
import { createRequire, Module } from 'node:module'
import { dirname, join } from 'node:path'

const load = createRequire(import.meta.url)
const toolRoot = dirname(load.resolve('@doyensec/electronegativity/package.json'))
const dist = join(toolRoot, 'dist')

/**
 * Electronegativity fetches its translations from the network on every run (dist/locales/i18n.js
 * asks `got` for <package.json i18nSource>/<LANG>.json and prints "Could not retrieve updated
 * translations for the current locale" when that fails). Here its `got` answers that one request
 * with the translation file the package itself ships, and refuses anything else, so the run never
 * asks the network for anything.
 */
export function answerTranslationsLocally(attempts, served) {
  const { i18nSource } = load(join(toolRoot, 'package.json'))
  const gotPath = load.resolve('got', { paths: [join(dist, 'locales')] })
  const offlineGot = async (url) => {
    const locale = String(url).startsWith(`${i18nSource}/`)
      ? String(url).slice(i18nSource.length + 1)
      : null
    const file = locale === null ? null : join(dist, 'locales', locale)
    if (file !== null && /^[\w-]+\.json$/.test(locale) && existsSync(file)) {
      served.push(String(url))
      return { statusCode: 200, body: readFileSync(file, 'utf8') }
    }
    attempts.push({ via: 'got', target: String(url) })
    throw new Error(`got refused offline: ${url}`)
  }
  offlineGot.head = offlineGot
  const stub = new Module(gotPath)
  stub.filename = gotPath
  stub.loaded = true
  stub.exports = offlineGot
  load.cache[gotPath] = stub
}

/**
 * Electronegativity walks JavaScript with estraverse, which does not know the nodes Babel makes
 * for private class members (`#field`); without these keys out/main/index.js fails to parse
 * ("Unknown node type ClassPrivateProperty") and is silently left out of the scan.
 */
export function teachPrivateClassMembers() {
  const estraverse = load(load.resolve('estraverse-fb', { paths: [join(dist, 'finder')] }))
  Object.assign(estraverse.VisitorKeys, {
    ClassPrivateProperty: ['key', 'value', 'decorators'],
    ClassPrivateMethod: ['key', 'params', 'body', 'decorators'],
    PrivateName: ['id'],
    StaticBlock: ['body'],
  })
}

/**
 * The tool reads only .js/.jsx/.ts/.tsx/.html/.htm; our built preloads are .cjs. Its file list
 * and its parser's table of extensions are both looked up at call time, so both learn .cjs/.mjs.
 * Every file it lists is recorded, so the test can show what was scanned.
 */
export function readCommonJsAndModules(scanned) {
  const util = load(join(dist, 'util'))
  const types = load(join(dist, 'parser', 'types.js'))
  for (const ext of ['cjs', 'mjs']) types.sourceExtensions[ext] = types.sourceTypes.JAVASCRIPT
  const listFiles = util.list_files
  const nodeDir = load(load.resolve('node-dir', { paths: [join(dist, 'util')] }))
  util.list_files = async (input) => {
    const listed = await listFiles(input)
    const all = await nodeDir.promiseFiles(input)
    const extra = all.filter((file) => !file.includes('node_modules') && /\.(cjs|mjs)$/i.test(file))
    const files = [...listed, ...extra]
    scanned.push(...files)
    return files
  }
}

/** The tool's own names for its checks, as its options take them. */
export function checkNames() {
  const atomic = load(join(dist, 'finder', 'checks', 'AtomicChecks')).CHECKS
  const global = load(join(dist, 'finder', 'checks', 'GlobalChecks')).GLOBAL_CHECKS
  return {
    atomic: atomic.map((check) => check.name),
    global: global.map((check) => check.name),
  }
}

export const runnerPath = join(dist, 'runner.js')
export const toolVersion = load(join(toolRoot, 'package.json')).version

/**
 * What the tool's CSP evaluator says about a policy, with the evaluator's own severity names, so
 * the test can see exactly why CSP_GLOBAL_CHECK raised a policy.
 */
export function evaluateCsp(policy) {
  const csp = load(load.resolve('@doyensec/csp-evaluator', { paths: [join(dist, 'finder')] }))
  const names = Object.fromEntries(
    Object.entries(csp.severities).map(([name, value]) => [value, name]),
  )
  const parser = new csp.CspParser(policy)
  return new csp.CspEvaluator(parser.csp, csp.Version.CSP3).evaluate().map((finding) => ({
    severity: names[finding.severity] ?? String(finding.severity),
    directive: finding.directive,
    value: finding.value ?? null,
    description: finding.description,
  }))
}
