import { describe, expect, it, vi } from 'vitest'
import {
  createInvokeHandler,
  createPresenterApi,
  createProjectorApi,
  InvalidPayloadError,
  INVOKE,
  ipcRoutes,
  listenerName,
  NotAllowedError,
  PUSH,
  sendPush,
  type Transport,
} from '@contract'
import type { PageName } from '@core/app-origin'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import { windowActionMocks } from '../../support/window-action-mocks'
import { T0 } from '../core/fixtures'

/** Everything a window's API does, recorded: what a new table entry must show up in. */
function recordingTransport() {
  const invoked: { channel: string; args: unknown[] }[] = []
  const listened: string[] = []
  const transport: Transport = {
    invoke: async (...args) => {
      invoked.push({ channel: args[0], args: args.slice(1) })
      return 'answer'
    },
    on: (channel) => {
      listened.push(channel)
      return () => undefined
    },
  }
  return { transport, invoked, listened }
}

const apiFor = (page: PageName, transport: Transport): Record<string, unknown> =>
  page === 'presenter'
    ? createPresenterApi(transport, ipcRoutes())
    : createProjectorApi(transport, ipcRoutes())

const HOST_CALLS = new Set(['getSnapshot', 'dispatch'])
const invokeEntries = Object.entries(INVOKE)
const pushEntries = Object.entries(PUSH)
const PAGES: readonly PageName[] = ['presenter', 'projector']

describe('the invoke table is the only list of calls', () => {
  it('gives each call its own channel', () => {
    const channels = invokeEntries.map(([, spec]) => spec.channel)
    expect(new Set(channels).size).toBe(channels.length)
  })

  it.each(PAGES)('the %s API has exactly the calls open to it, each on its channel', (page) => {
    const { transport, invoked } = recordingTransport()
    const api = apiFor(page, transport)
    for (const [name, spec] of invokeEntries) {
      const open = (spec.pages as readonly PageName[]).includes(page)
      expect(typeof api[name], `${page}.${name}`).toBe(open ? 'function' : 'undefined')
      if (!open) continue
      const call = api[name] as (payload?: unknown) => Promise<unknown>
      void call('payload')
      // A call without payload sends none, whatever the page hands it.
      expect(invoked.at(-1)).toEqual({
        channel: spec.channel,
        args: spec.hasPayload ? ['payload'] : [],
      })
    }
  })

  it.each(PAGES)('the %s API listens to exactly the pushes it receives', (page) => {
    const { transport, listened } = recordingTransport()
    const api = apiFor(page, transport)
    for (const [name, spec] of pushEntries) {
      const open = (spec.pages as readonly PageName[]).includes(page)
      const on = api[listenerName(name)]
      expect(typeof on, `${page}.${listenerName(name)}`).toBe(open ? 'function' : 'undefined')
      if (open && typeof on === 'function') {
        on(() => undefined)
        expect(listened.at(-1)).toBe(spec.channel)
      }
    }
  })

  it('routes every call to its action for the pages it is open to, and refuses the others', () => {
    const host = new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
    const actions = windowActionMocks()
    const handle = createInvokeHandler(host, actions)
    for (const [name, spec] of invokeEntries) {
      for (const page of PAGES) {
        const open = (spec.pages as readonly PageName[]).includes(page)
        if (!open) {
          expect(() => handle(page, spec.channel, undefined), name).toThrow(NotAllowedError)
          continue
        }
        if (HOST_CALLS.has(name) || spec.hasPayload) continue
        handle(page, spec.channel, undefined)
        expect(actions[name as keyof typeof actions], name).toHaveBeenCalledWith()
      }
    }
  })

  it('refuses a payload its schema does not accept, before the action', () => {
    const host = new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
    const actions = windowActionMocks()
    const handle = createInvokeHandler(host, actions)
    for (const [name, spec] of invokeEntries) {
      if (!spec.hasPayload || HOST_CALLS.has(name)) continue
      expect(() => handle('presenter', spec.channel, Symbol('niet te lezen')), name).toThrow(
        InvalidPayloadError,
      )
      expect(actions[name as keyof typeof actions]).not.toHaveBeenCalled()
    }
  })

  it('refuses a channel that is not in the table, and every push channel', () => {
    const host = new SessionHost({ session: createSession(T0), clock: { now: () => T0 } })
    const handle = createInvokeHandler(host, windowActionMocks())
    expect(() => handle('presenter', 'fs:read', '/etc/passwd')).toThrow(NotAllowedError)
    for (const [, spec] of pushEntries)
      expect(() => handle('presenter', spec.channel, undefined)).toThrow(NotAllowedError)
  })

  it('has a mock for every action main implements', () => {
    const mocks: Record<string, unknown> = windowActionMocks()
    const expected = invokeEntries.map(([name]) => name).filter((name) => !HOST_CALLS.has(name))
    expect(Object.keys(mocks).sort()).toEqual(expected.sort())
  })
})

describe('sendPush', () => {
  it('sends on the channel of the push table', () => {
    const target = { send: vi.fn<(channel: string, payload: unknown) => void>() }
    const notice = { kind: 'autosave-recovered' } as const
    sendPush(target, 'notice', notice)
    expect(target.send).toHaveBeenCalledExactlyOnceWith(PUSH.notice.channel, notice)
  })
})
