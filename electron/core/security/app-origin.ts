/** Our pages are served from this custom protocol, never from file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'dilemmas'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export type PageName = 'presenter' | 'projector'

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
