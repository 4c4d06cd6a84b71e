/**
 * Chromium without Electron does not know our custom schemes, so a page of `app://dilemmas/x`
 * is loaded as `https://dilemmas.app.standin.invalid/x`: the stand-in intercepts every request
 * and answers it from the handler registered with `protocol.handle`; no request leaves the
 * machine. Everything main sees (frame URLs, `getURL()`, request details) is mapped back, so
 * main only ever meets the app:// address, as it does in Electron.
 */
const SUFFIX = '.standin.invalid'

/** Schemes registered with `protocol.registerSchemesAsPrivileged` or `protocol.handle`. */
const customSchemes = new Set<string>()

export function addCustomScheme(scheme: string): void {
  customSchemes.add(scheme.toLowerCase())
}

export function isCustomScheme(scheme: string): boolean {
  return customSchemes.has(scheme.toLowerCase())
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The address Chromium loads for an address main names. */
export function toChromiumUrl(url: string): string {
  const parsed = parse(url)
  if (parsed === null) return url
  const scheme = parsed.protocol.slice(0, -1)
  if (!isCustomScheme(scheme)) return url
  const rest = url.slice(`${scheme}://`.length + parsed.host.length)
  return `https://${parsed.host}.${scheme}${SUFFIX}${rest}`
}

/** The address main sees for an address Chromium loaded. */
export function toElectronUrl(url: string): string {
  const parsed = parse(url)
  if (parsed === null) return url
  if (parsed.protocol !== 'https:' || !parsed.hostname.endsWith(SUFFIX)) return url
  const labels = parsed.hostname.slice(0, -SUFFIX.length).split('.')
  const scheme = labels.pop()
  if (scheme === undefined || labels.length === 0 || !isCustomScheme(scheme)) return url
  const rest = url.slice(`https://${parsed.host}`.length)
  return `${scheme}://${labels.join('.')}${rest}`
}

/** The origin main sees for a frame (custom schemes registered as standard have one). */
export function electronOrigin(url: string): string {
  const parsed = parse(url)
  if (parsed === null) return 'null'
  return parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin
}
