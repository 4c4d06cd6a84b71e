import { normalize, relative, resolve, sep } from 'node:path'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from '../core/app-origin'
import { PREVIEW_POLICY, type PreviewPages } from '../core/print/preview-pages'
import { readEachFileOnce } from '../node/renderer-files/read-once'
import { htmlHeaders, rendererFileHeaders } from '../node/renderer-files/response-headers'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** The path of an app://dilemmas/ address, decoded; null for anything else or a malformed one. */
function appPathname(requestUrl: string): string | null {
  try {
    const url = new URL(requestUrl)
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
    return decodeURIComponent(url.pathname)
  } catch {
    return null // not a URL, or malformed percent-encoding
  }
}

/** Maps app://dilemmas/<path> to a file inside the renderer folder, refusing anything outside it. */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  const pathname = appPathname(requestUrl)
  if (pathname === null) return null
  const file = resolve(root, normalize(`.${pathname === '/' ? '/presenter.html' : pathname}`))
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || inside.includes(`..${sep}`)) return null
  return file
}

/** A printed item's preview, from memory, under its own policy; null when the URL is not one. */
function previewResponse(previews: PreviewPages | undefined, requestUrl: string): Response | null {
  const pathname = appPathname(requestUrl)
  if (previews === undefined || pathname === null) return null
  const html = previews.page(pathname)
  if (html === undefined) return null
  return new Response(html, { headers: htmlHeaders(PREVIEW_POLICY) })
}

export function handleAppProtocol(root: string, previews?: PreviewPages): void {
  const readFile = readEachFileOnce()
  protocol.handle(APP_SCHEME, async (request) => {
    const preview = previewResponse(previews, request.url)
    if (preview !== null) return preview
    const file = resolveAppFile(root, request.url)
    if (file === null) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body, { headers: rendererFileHeaders(file) })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
