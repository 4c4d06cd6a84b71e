import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CALL_PATH,
  PUSH_STREAM_PATH,
  PageChannels,
  readPush,
  type CallAnswer,
} from '../../e2e/harness/page-channels'

let server: Server | undefined
let channels: PageChannels

afterEach(async () => {
  channels.closeAll()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = undefined
})

async function serve(): Promise<string> {
  channels = new PageChannels()
  server = createServer((request, response) => {
    if (!channels.handle(request, response)) response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return `http://127.0.0.1:${port}`
}

/** Reads a stream's text until it holds `events` data lines, as the page's EventSource would. */
async function readEvents(body: ReadableStream<Uint8Array>, events: number): Promise<string[]> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let text = ''
  const dataLines = () => text.split('\n\n').filter((frame) => frame.startsWith('data: '))
  while (dataLines().length < events) {
    const { value, done } = await reader.read()
    if (done) break
    text += value
  }
  await reader.cancel()
  return dataLines().map((frame) => frame.slice('data: '.length))
}

describe('PageChannels: pushes to a page as server-sent events', () => {
  it('opens a page’s stream as an event stream and sends each push as one event, in order', async () => {
    const origin = await serve()
    const response = await fetch(`${origin}${PUSH_STREAM_PATH}?page=p1`)
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    expect(channels.isOpen('p1')).toBe(true)
    const pushes = [
      ['dd:snapshot', JSON.stringify({ revision: 1, text: 'een\nregel' })],
      ['dd:notice', JSON.stringify({ kind: 'saved' })],
    ] as const
    for (const [channel, json] of pushes) expect(channels.send('p1', channel, json)).toBe(true)
    if (!response.body) throw new Error('no body')
    const events = await readEvents(response.body, 2)
    expect(events.map(readPush)).toEqual(pushes.map(([channel, json]) => ({ channel, json })))
    expect(JSON.parse(readPush(events[0] ?? '').json)).toEqual({ revision: 1, text: 'een\nregel' })
  })

  it('sends nothing to a page whose stream is not open, and says so', async () => {
    await serve()
    expect(channels.send('nobody', 'dd:snapshot', '{}')).toBe(false)
  })

  it('refuses a stream without a page token, and leaves other paths to the server', async () => {
    const origin = await serve()
    expect((await fetch(`${origin}${PUSH_STREAM_PATH}`)).status).toBe(400)
    expect((await fetch(`${origin}/presenter.html`)).status).toBe(404)
  })

  it('gives a page that opens its stream again (a reload) the new one and ends the old', async () => {
    const origin = await serve()
    const first = await fetch(`${origin}${PUSH_STREAM_PATH}?page=p1`)
    const second = await fetch(`${origin}${PUSH_STREAM_PATH}?page=p1`)
    channels.send('p1', 'dd:snapshot', '{"revision":2}')
    if (!first.body || !second.body) throw new Error('no body')
    await expect(readEvents(first.body, 1)).resolves.toEqual([])
    await expect(readEvents(second.body, 1)).resolves.toEqual(['dd:snapshot {"revision":2}'])
  })

  it('ends every stream on closeAll, so the server can close', async () => {
    const origin = await serve()
    const response = await fetch(`${origin}${PUSH_STREAM_PATH}?page=p1`)
    channels.closeAll()
    expect(channels.isOpen('p1')).toBe(false)
    if (!response.body) throw new Error('no body')
    await expect(readEvents(response.body, 1)).resolves.toEqual([])
  })
})

/** A page's call as the shim posts it. */
async function post(origin: string, token: string, body: string): Promise<Response> {
  return fetch(`${origin}${CALL_PATH}?page=${token}`, { method: 'POST', body })
}

describe('PageChannels: a page’s calls to main as posts', () => {
  it('answers a call with what main’s handler for that page returns', async () => {
    const origin = await serve()
    const calls: unknown[] = []
    const token = channels.register(async (channel, payload) => {
      calls.push([channel, payload])
      return { ok: true, revision: 7 }
    })
    const response = await post(
      origin,
      token,
      JSON.stringify({ channel: 'dd:dispatch', payload: { type: 'x' } }),
    )
    await expect(response.json()).resolves.toEqual({ ok: true, value: { ok: true, revision: 7 } })
    expect(calls).toEqual([['dd:dispatch', { type: 'x' }]])
  })

  it('answers a call main refuses with its message, for the page to throw', async () => {
    const origin = await serve()
    const token = channels.register(async () => {
      throw new Error('ongeldige opdracht')
    })
    const answer = (await (await post(origin, token, '{"channel":"c"}')).json()) as CallAnswer
    expect(answer).toEqual({ ok: false, message: 'ongeldige opdracht' })
  })

  it('refuses a call for a page it does not know, and anything but a post', async () => {
    const origin = await serve()
    expect((await post(origin, 'nobody', '{}')).status).toBe(404)
    const token = channels.register(async () => undefined)
    expect((await fetch(`${origin}${CALL_PATH}?page=${token}`)).status).toBe(405)
  })
})

describe('readPush', () => {
  it('splits an event at its first space: the channel, then the JSON with its own spaces', () => {
    expect(readPush('dd:snapshot {"a": "b c"}')).toEqual({
      channel: 'dd:snapshot',
      json: '{"a": "b c"}',
    })
  })

  it('refuses an event without a channel', () => {
    expect(() => readPush(' {}')).toThrow('a push without a channel')
    expect(() => readPush('{}')).toThrow('a push without a channel')
  })
})
