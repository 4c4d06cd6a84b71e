/** Our pages are served from this custom protocol, never from file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'dilemmas'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export type PageName = 'presenter' | 'projector'

/** The name under which the preload exposes a page's API on `window`. */
export const API_GLOBAL = 'dilemmaApi'

export function pageUrl(page: PageName, devServerUrl?: string): string {
  const base = devServerUrl ?? APP_ORIGIN
  return new URL(`/${page}.html`, base).toString()
}

/** Whether a URL is one of our own pages: the app protocol, or the dev server in development. */
export function isOwnPageUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (devServerUrl === undefined) return false
  return parsed.origin === new URL(devServerUrl).origin
}

/** Where electron-vite's dev server may run: this machine, by name or by address. */
const DEV_SERVER_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1'])

export interface DevServerSetting {
  /** Electron's `app.isPackaged`: an installed app never loads from a dev server. */
  readonly isPackaged: boolean
  /** ELECTRON_RENDERER_URL, which electron-vite sets under `npm run dev`. */
  readonly rendererUrl: string | undefined
}

/**
 * The dev server's origin, or undefined when our own pages (`app:`) must be used. Only when
 * the app is not packaged, and only an http(s) address whose host is exactly localhost or
 * 127.0.0.1 (any port) without a user name or password, compared after parsing: a prefix check
 * let an address with the user name "localhost" at another host (localhost@evil.example) and
 * the host localhost.evil.example through, and anyone who can set a variable for a packaged app
 * could have made it load their page with our preload.
 */
export function devServerOrigin(setting: DevServerSetting): string | undefined {
  if (setting.isPackaged || !setting.rendererUrl) return undefined
  let parsed: URL
  try {
    parsed = new URL(setting.rendererUrl)
  } catch {
    return undefined
  }
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:'
  const local = DEV_SERVER_HOSTS.has(parsed.hostname)
  const credentials = parsed.username !== '' || parsed.password !== ''
  return web && local && !credentials ? parsed.origin : undefined
}
