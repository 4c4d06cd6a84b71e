import { PRINT_POLICY } from './print-document'

/** Where the presenter's preview frame finds a printed item, on the page's own origin. */
export const PREVIEW_PATH = '/print-preview/'

/**
 * A preview page's own policy: the item's inline stylesheet and data images, nothing else, and
 * framed only by our own pages. (Our pages' policy cannot allow the item's stylesheet: it is
 * made for each deck, so it has no fixed hash, and a srcdoc frame would inherit that policy.)
 */
export const PREVIEW_POLICY = `${PRINT_POLICY}; frame-ancestors 'self'`

/** How many previews stay servable: the one shown, and a few the frame may still be loading. */
const KEEP = 4

export interface PreviewPages {
  /** Keeps `html` under a fresh, unguessable name and returns its path (PREVIEW_PATH + name). */
  publish(html: string): string
  /** The HTML for a request path, or undefined for anything not published (or long replaced). */
  page(pathname: string): string | undefined
}

export function createPreviewPages(
  newName: () => string = () => crypto.randomUUID(),
): PreviewPages {
  const pages = new Map<string, string>()
  return {
    publish(html) {
      const name = newName()
      pages.set(name, html)
      for (const old of pages.keys()) {
        if (pages.size <= KEEP) break
        pages.delete(old)
      }
      return `${PREVIEW_PATH}${name}`
    },
    page(pathname) {
      if (!pathname.startsWith(PREVIEW_PATH)) return undefined
      return pages.get(pathname.slice(PREVIEW_PATH.length))
    },
  }
}
