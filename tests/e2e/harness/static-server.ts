import { createServer, type Server } from 'node:http'
import { extname, join, normalize, relative } from 'node:path'
import type { AddressInfo } from 'node:net'
import { PREVIEW_POLICY, type PreviewPages } from '@core/print/preview-pages'
import { CONTENT_SECURITY_POLICY } from '@node/content-security-policy'
import { readEachFileOnce } from '@node/renderer-files/read-once'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  readonly origin: string
  close(): Promise<void>
}

/**
 * Serves the built renderer on 127.0.0.1 as main's app protocol does: the same CSP header, each
 * file read from disk once and then from memory, and the Drukwerk previews from memory under
 * their own policy.
 */
export async function serveRenderer(root: string, previews?: PreviewPages): Promise<StaticServer> {
  const readFile = readEachFileOnce()
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const preview = previews?.page(pathname)
    if (preview !== undefined) {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': PREVIEW_POLICY,
        'cache-control': 'no-store',
      })
      response.end(preview)
      return
    }
    const file = join(root, normalize(pathname))
    if (relative(root, file).startsWith('..')) {
      response.writeHead(404).end()
      return
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'cache-control': 'no-store',
        })
        response.end(body)
      },
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
