import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@contract'
import { createInvokeHandler, NotAllowedError } from '@core/host/invoke-handler'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import type { Snapshot } from '@core/session/schema'
import { T0 } from './fixtures'

function setup() {
  const host = new SessionHost({ session: createSession(T0), clock: { now: () => T0 + 1 } })
  const showProjector = vi.fn<() => void>()
  const handle = createInvokeHandler(host, { showProjector })
  return { host, handle, showProjector }
}

describe('createInvokeHandler', () => {
  it('gives the presenter the snapshot', () => {
    const { host, handle } = setup()
    expect(handle('presenter', CHANNELS.getSnapshot, undefined)).toBe(host.getSnapshot())
  })

  it('gives the projector the snapshot', () => {
    const { host, handle } = setup()
    const snapshot = handle('projector', CHANNELS.getSnapshot, undefined) as Snapshot
    expect(snapshot).toBe(host.getSnapshot())
  })

  it('lets the presenter dispatch and returns the dispatch result', () => {
    const { host, handle } = setup()
    const result = handle('presenter', CHANNELS.dispatch, { type: 'dilemma/add', title: 'a' })
    expect(result).toEqual({ ok: true, revision: 1 })
    expect(host.getSnapshot().session.dilemmas).toHaveLength(1)
  })

  it('returns a rejection for an invalid payload rather than throwing', () => {
    const { host, handle } = setup()
    const result = handle('presenter', CHANNELS.dispatch, { type: 'dilemma/add' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-command' } })
    expect(host.getSnapshot().revision).toBe(0)
  })

  it('lets the presenter show the projector', () => {
    const { handle, showProjector } = setup()
    expect(handle('presenter', CHANNELS.showProjector, undefined)).toBeUndefined()
    expect(showProjector).toHaveBeenCalledTimes(1)
  })

  it('forbids the projector to dispatch, and nothing changes', () => {
    const { host, handle } = setup()
    const listener = vi.fn<(snapshot: Snapshot) => void>()
    host.subscribe(listener)
    expect(() =>
      handle('projector', CHANNELS.dispatch, { type: 'dilemma/add', title: 'a' }),
    ).toThrow(NotAllowedError)
    expect(host.getSnapshot().revision).toBe(0)
    expect(listener).not.toHaveBeenCalled()
  })

  it('forbids the projector to show the projector', () => {
    const { handle, showProjector } = setup()
    expect(() => handle('projector', CHANNELS.showProjector, undefined)).toThrow(NotAllowedError)
    expect(showProjector).not.toHaveBeenCalled()
  })

  it.each(['presenter', 'projector'] as const)('throws on unknown channels for the %s', (page) => {
    const { handle } = setup()
    for (const channel of [
      'session:unknown',
      '',
      CHANNELS.snapshot,
      CHANNELS.notice,
      'constructor',
      '__proto__',
      'toString',
    ]) {
      expect(() => handle(page, channel, undefined)).toThrow(NotAllowedError)
    }
  })

  it('names the page and channel in the error', () => {
    const { handle } = setup()
    try {
      handle('projector', CHANNELS.dispatch, {})
      expect.unreachable('should have thrown')
    } catch (error) {
      expect(error).toBeInstanceOf(NotAllowedError)
      expect(error).toBeInstanceOf(Error)
      if (error instanceof Error) {
        expect(error.name).toBe('NotAllowedError')
        expect(error.message).toBe(`projector may not call ${CHANNELS.dispatch}`)
      }
    }
  })
})
