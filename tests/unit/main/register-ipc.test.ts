import type { IpcMainInvokeEvent } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS, INVOKE, PUSH } from '@contract'
import type { InvokeHandler } from '@contract'
import type { PageName } from '../../../electron/core/app-origin'
import { RefusedSenderError, registerIpc } from '../../../electron/main/ipc/register-ipc'
import { pageOfSender, type SenderEvent } from '../../../electron/main/ipc/sender-guard'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

const handlers = vi.hoisted(() => new Map<string, Listener>())

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, listener)
    }),
  },
}))

// Derived from the tables, as registerIpc must be: no channel list is kept by hand.
const INVOKE_CHANNELS = Object.values(INVOKE).map((spec) => spec.channel)
const PUSH_CHANNELS = Object.values(PUSH).map((spec) => spec.channel)

function senderEvent(id: number, url: string): IpcMainInvokeEvent {
  const frame = () => ({ url, parent: null, detached: false, frameTreeNodeId: 1 })
  const event: SenderEvent = { sender: { id, mainFrame: frame() }, senderFrame: frame() }
  return event as unknown as IpcMainInvokeEvent
}

function listener(channel: string): Listener {
  const found = handlers.get(channel)
  if (!found) throw new Error(`no handler for ${channel}`)
  return found
}

beforeEach(() => {
  handlers.clear()
})

describe('registerIpc', () => {
  it('registers every call of the invoke table once, and no push channel', () => {
    registerIpc(
      vi.fn<InvokeHandler>(),
      vi.fn(() => null),
    )
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort())
    expect(new Set(INVOKE_CHANNELS).size).toBe(INVOKE_CHANNELS.length)
    for (const channel of PUSH_CHANNELS) expect(handlers.has(channel)).toBe(false)
  })

  it.each(INVOKE_CHANNELS)('refuses an unknown sender on %s before the handler', (channel) => {
    const handler = vi.fn<InvokeHandler>()
    const pageOf = vi.fn<(event: SenderEvent) => PageName | null>(() => null)
    registerIpc(handler, pageOf)
    const event = senderEvent(99, 'https://evil.example/presenter.html')
    expect(() => listener(channel)(event, { type: 'x' })).toThrow(RefusedSenderError)
    expect(pageOf).toHaveBeenCalledWith(event)
    expect(handler).not.toHaveBeenCalled()
  })

  it('names the channel in the refusal', () => {
    registerIpc(vi.fn<InvokeHandler>(), () => null)
    expect(() => listener(CHANNELS.dispatch)(senderEvent(1, 'about:blank'), null)).toThrow(
      /session:dispatch/,
    )
  })

  it.each(INVOKE_CHANNELS)('routes an accepted call on %s with its page and payload', (channel) => {
    const handler = vi.fn<InvokeHandler>(() => 'answer')
    registerIpc(handler, () => 'presenter')
    const payload = { type: 'addDilemma', title: 'Een dilemma' }
    expect(listener(channel)(senderEvent(1, 'app://dilemmas/presenter.html'), payload)).toBe(
      'answer',
    )
    expect(handler).toHaveBeenCalledExactlyOnceWith('presenter', channel, payload)
  })

  it('checks the sender on every call, not once', () => {
    const handler = vi.fn<InvokeHandler>()
    let allowed = true
    registerIpc(handler, () => (allowed ? 'projector' : null))
    const call = listener(CHANNELS.getSnapshot)
    const event = senderEvent(2, 'app://dilemmas/projector.html')
    call(event)
    allowed = false
    expect(() => call(event)).toThrow(RefusedSenderError)
    expect(handler).toHaveBeenCalledTimes(1)
    expect(handler).toHaveBeenCalledWith('projector', CHANNELS.getSnapshot, undefined)
  })

  describe('with the real sender guard', () => {
    const windows = { presenterId: 1, projectorId: 2 }

    beforeEach(() => {
      handlers.clear()
    })

    it('routes the projector as projector and refuses its page from another window', () => {
      const handler = vi.fn<InvokeHandler>(() => 'snapshot')
      registerIpc(handler, (event) => pageOfSender(event, windows))
      const call = listener(CHANNELS.getSnapshot)
      expect(call(senderEvent(2, 'app://dilemmas/projector.html'))).toBe('snapshot')
      expect(handler).toHaveBeenLastCalledWith('projector', CHANNELS.getSnapshot, undefined)
      expect(() => call(senderEvent(1, 'app://dilemmas/projector.html'))).toThrow(
        RefusedSenderError,
      )
      expect(() => call(senderEvent(3, 'app://dilemmas/presenter.html'))).toThrow(
        RefusedSenderError,
      )
      expect(handler).toHaveBeenCalledTimes(1)
    })

    it('refuses a subframe of the presenter window', () => {
      const handler = vi.fn<InvokeHandler>()
      registerIpc(handler, (event) => pageOfSender(event, windows))
      const url = 'app://dilemmas/presenter.html'
      const top = { url, parent: null, detached: false, frameTreeNodeId: 1 }
      const child = { url, parent: top, detached: false, frameTreeNodeId: 2 }
      const event = { sender: { id: 1, mainFrame: top }, senderFrame: child }
      expect(() =>
        listener(CHANNELS.dispatch)(event as unknown as IpcMainInvokeEvent, { type: 'undo' }),
      ).toThrow(RefusedSenderError)
      expect(handler).not.toHaveBeenCalled()
    })
  })
})
