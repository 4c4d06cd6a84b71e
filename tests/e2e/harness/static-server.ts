import { createServer, type Server } from 'node:http'
import { join, normalize, relative } from 'node:path'
import type { AddressInfo } from 'node:net'
import { PREVIEW_POLICY, type PreviewPages } from '@core/print/preview-pages'
import { readEachFileOnce } from '@node/renderer-files/read-once'
import { htmlHeaders, rendererFileHeaders } from '@node/renderer-files/response-headers'
import type { PageChannels } from './page-channels'

/** Every load in a test is a cold one: the browser keeps nothing of what it was sent. */
const NO_STORE = { 'cache-control': 'no-store' }

export interface StaticServer {
  readonly origin: string
  close(): Promise<void>
}

/**
 * Serves the built renderer on 127.0.0.1 as main's app protocol does: the same headers, each
 * file read from disk once and then from memory, and the Drukwerk previews from memory under
 * their own policy. With page channels, the pages' calls and pushes are answered here too.
 */
export async function serveRenderer(
  root: string,
  previews?: PreviewPages,
  channels?: PageChannels,
): Promise<StaticServer> {
  const readFile = readEachFileOnce()
  const server: Server = createServer((request, response) => {
    if (channels?.handle(request, response)) return
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const preview = previews?.page(pathname)
    if (preview !== undefined) {
      response.writeHead(200, { ...htmlHeaders(PREVIEW_POLICY), ...NO_STORE })
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
        response.writeHead(200, { ...rendererFileHeaders(file), ...NO_STORE })
        response.end(body)
      },
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      channels?.closeAll()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
