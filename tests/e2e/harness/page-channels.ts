import type { IncomingMessage, ServerResponse } from 'node:http'

/** Where a page opens its stream of pushes, on the server that serves the page. */
export const PUSH_STREAM_PATH = '/__dd-push'
/** Where a page posts its calls to main. */
export const CALL_PATH = '/__dd-call'

/** Main's side of a page's call: the channel and payload in, the answer out. */
export type CallHandler = (channel: string, payload: unknown) => Promise<unknown>

/** A call as the page posts it, and the answer as it reads it. */
export interface PostedCall {
  readonly channel: string
  readonly payload: unknown
}
export type CallAnswer =
  { readonly ok: true; readonly value?: unknown } | { readonly ok: false; readonly message: string }

/**
 * A page's calls and pushes over plain HTTP on the server that serves it: calls as posts, pushes
 * as a stream of server-sent events, one stream per page. Over the DevTools protocol every push
 * (`page.evaluate`) and every answer to a call (Playwright's binding) makes the page compile a
 * script, which V8 keeps a list of; Electron's IPC hands messages to the page as native events
 * and compiles nothing. A long run that measures the pages' heaps (the soak) talks this way, so
 * the heap it measures is the app's and not the transport's.
 */
export class PageChannels {
  readonly #streams = new Map<string, ServerResponse>()
  readonly #calls = new Map<string, CallHandler>()

  /** A new page's token on these channels, with main's answers to its calls. */
  register(onCall: CallHandler): string {
    // The global Web Crypto: this module is bundled into the page's shim too, without node:crypto.
    const token = crypto.randomUUID()
    this.#calls.set(token, onCall)
    return token
  }

  /** Answers a page's request for its stream or a call; false when it is for something else. */
  handle(request: IncomingMessage, response: ServerResponse): boolean {
    const url = new URL(request.url ?? '/', 'http://x')
    const token = url.searchParams.get('page') ?? ''
    if (url.pathname === PUSH_STREAM_PATH) this.#openStream(token, request, response)
    else if (url.pathname === CALL_PATH) void this.#answer(token, request, response)
    else return false
    return true
  }

  #openStream(token: string, request: IncomingMessage, response: ServerResponse): void {
    if (token === '') {
      response.writeHead(400).end()
      return
    }
    // A page that reloads opens its stream again; the old one is over.
    this.#streams.get(token)?.end()
    request.socket.setNoDelay(true)
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    })
    // The page's EventSource is open once the headers are in: a comment line sends them.
    response.write(': open\n\n')
    this.#streams.set(token, response)
    response.on('close', () => {
      if (this.#streams.get(token) === response) this.#streams.delete(token)
    })
  }

  async #answer(token: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const onCall = this.#calls.get(token)
    if (request.method !== 'POST' || !onCall) {
      response.writeHead(request.method === 'POST' ? 404 : 405).end()
      return
    }
    request.socket.setNoDelay(true)
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    let answer: CallAnswer
    try {
      const { channel, payload } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as PostedCall
      answer = { ok: true, value: await onCall(channel, payload) }
    } catch (error) {
      answer = { ok: false, message: error instanceof Error ? error.message : String(error) }
    }
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    response.end(JSON.stringify(answer))
  }

  /** Sends one push to the page with this token; false when its stream is not open. */
  send(token: string, channel: string, json: string): boolean {
    const response = this.#streams.get(token)
    if (!response) return false
    // JSON.stringify writes no line breaks, so one data line carries the whole message.
    response.write(`data: ${channel} ${json}\n\n`)
    return true
  }

  isOpen(token: string): boolean {
    return this.#streams.has(token)
  }

  /** Ends every stream, so the server can close. */
  closeAll(): void {
    for (const response of this.#streams.values()) response.end()
    this.#streams.clear()
  }
}

/** A push as the page reads it from an event's data: the channel, a space, the JSON. */
export function readPush(data: string): { channel: string; json: string } {
  const space = data.indexOf(' ')
  if (space < 1) throw new Error('a push without a channel')
  return { channel: data.slice(0, space), json: data.slice(space + 1) }
}
