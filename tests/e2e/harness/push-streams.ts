import type { IncomingMessage, ServerResponse } from 'node:http'

/** Where a page opens its stream of pushes, on the server that serves the page. */
export const PUSH_STREAM_PATH = '/__dd-push'

/**
 * Pushes from the test process to the pages as a stream of server-sent events, one stream per
 * page. A push sent with `page.evaluate` makes the page compile a script for every message, which
 * V8 keeps a list of; Electron's IPC hands a message to the page's listener as a native event
 * compiles nothing. A long run that measures the page's heap (the soak) pushes this way, so the
 * heap it measures is the app's and not the transport's.
 */
export class PushStreams {
  readonly #open = new Map<string, ServerResponse>()

  /** Answers a page's request for its stream; false when the request is for something else. */
  handle(request: IncomingMessage, response: ServerResponse): boolean {
    const url = new URL(request.url ?? '/', 'http://x')
    if (url.pathname !== PUSH_STREAM_PATH) return false
    const token = url.searchParams.get('page') ?? ''
    if (token === '') {
      response.writeHead(400).end()
      return true
    }
    // A page that reloads opens its stream again; the old one is over.
    this.#open.get(token)?.end()
    request.socket.setNoDelay(true)
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    })
    // The stream is open for the page as soon as it has the headers: a first comment line.
    response.write(': open\n\n')
    this.#open.set(token, response)
    response.on('close', () => {
      if (this.#open.get(token) === response) this.#open.delete(token)
    })
    return true
  }

  /** Sends one push to the page with this token; false when its stream is not open. */
  send(token: string, channel: string, json: string): boolean {
    const response = this.#open.get(token)
    if (!response) return false
    // JSON.stringify writes no line breaks, so one data line carries the whole message.
    response.write(`data: ${channel} ${json}\n\n`)
    return true
  }

  isOpen(token: string): boolean {
    return this.#open.has(token)
  }

  /** Ends every stream, so the server can close. */
  closeAll(): void {
    for (const response of this.#open.values()) response.end()
    this.#open.clear()
  }
}

/** A push as the page reads it from an event's data: the channel, a space, the JSON. */
export function readPush(data: string): { channel: string; json: string } {
  const space = data.indexOf(' ')
  if (space < 1) throw new Error('a push without a channel')
  return { channel: data.slice(0, space), json: data.slice(space + 1) }
}
