import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, type DeckExportResult, type DeckImportResult } from '@contract'
import {
  createInvokeHandler,
  InvalidPayloadError,
  NotAllowedError,
  type WindowActions,
} from '@contract'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import type { WindowSnapshot } from '@core/session/schema'
import { T0 } from '../core/fixtures'
import { windowActionMocks } from '../../support/window-action-mocks'

const PRIVATE_NOTE = 'Alleen voor de begeleider'
function setup() {
  const base = createSession(T0)
  const session = { ...base, starter: { ...base.starter, observation: PRIVATE_NOTE } }
  const host = new SessionHost({ session, clock: { now: () => T0 + 1 }, wall: () => T0 + 1 })
  const imported: DeckImportResult = { ok: true, count: 7 }
  const exported: DeckExportResult = { ok: false, reason: 'cancelled' }
  const actions = {
    ...windowActionMocks(),
    importDeck: vi.fn<() => Promise<DeckImportResult>>(async () => imported),
    exportDeck: vi.fn<() => Promise<DeckExportResult>>(async () => exported),
  } satisfies WindowActions
  const handle = createInvokeHandler(host, actions)
  return { host, handle, showProjector: actions.showProjector, actions, imported, exported }
}

describe('createInvokeHandler', () => {
  it('gives the presenter the snapshot', () => {
    const { host, handle } = setup()
    // A fresh snapshot stamped with main's clock, so the window can set its own clock by it.
    expect(handle('presenter', CHANNELS.getSnapshot, undefined)).toStrictEqual(host.getSnapshot())
    expect((handle('presenter', CHANNELS.getSnapshot, undefined) as WindowSnapshot).clock).toBe(
      T0 + 1,
    )
  })

  it('gives the presenter the notes and the observation', () => {
    const { handle } = setup()
    const snapshot = handle('presenter', CHANNELS.getSnapshot, undefined) as WindowSnapshot
    expect(snapshot.session.starter.observation).toBe(PRIVATE_NOTE)
    expect(snapshot.session.phases.some((phase) => phase.notes !== '')).toBe(true)
  })

  it('gives the projector the snapshot without notes or observation, nothing else changed', () => {
    const { host, handle } = setup()
    const full = host.getSnapshot()
    const snapshot = handle('projector', CHANNELS.getSnapshot, undefined) as WindowSnapshot
    expect(snapshot).toEqual({
      ...full,
      session: {
        ...full.session,
        phases: full.session.phases.map((phase) => ({ ...phase, notes: '' })),
        starter: { ...full.session.starter, observation: '' },
      },
    })
    expect(snapshot.history).toEqual({ canUndo: false, canRedo: false })
    expect(JSON.stringify(snapshot)).not.toContain(PRIVATE_NOTE)
    // The host's own snapshot is not touched.
    expect(host.getSnapshot().session.starter.observation).toBe(PRIVATE_NOTE)
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

  it('lets the presenter copy text, and passes exactly that text on', async () => {
    const { handle, actions } = setup()
    await expect(
      handle('presenter', CHANNELS.copyText, 'Uitnodiging\nDatum'),
    ).resolves.toBeUndefined()
    expect(actions.copyText).toHaveBeenCalledExactlyOnceWith('Uitnodiging\nDatum')
    await expect(
      handle('presenter', CHANNELS.copyText, 'x'.repeat(100_000)),
    ).resolves.toBeUndefined()
    expect(actions.copyText).toHaveBeenCalledTimes(2)
  })

  it('answers the presenter only once the text is on the clipboard, and passes a failure on', async () => {
    const { handle, actions } = setup()
    vi.mocked(actions.copyText).mockRejectedValueOnce(new Error('clipboard busy'))
    await expect(handle('presenter', CHANNELS.copyText, 'Uitnodiging')).rejects.toThrow(
      'clipboard busy',
    )
  })

  it.each<[string, unknown]>([
    ['a number', 42],
    ['undefined', undefined],
    ['an object', { text: 'x' }],
    ['text that is too long', 'x'.repeat(100_001)],
  ])('refuses to copy %s', (_label, payload) => {
    const { handle, actions } = setup()
    expect(() => handle('presenter', CHANNELS.copyText, payload)).toThrow(InvalidPayloadError)
    expect(actions.copyText).not.toHaveBeenCalled()
  })

  it('passes the deck import and export results on', async () => {
    const { handle, actions, imported, exported } = setup()
    await expect(handle('presenter', CHANNELS.importDeck, undefined)).resolves.toBe(imported)
    await expect(handle('presenter', CHANNELS.exportDeck, undefined)).resolves.toBe(exported)
    expect(actions.importDeck).toHaveBeenCalledTimes(1)
    expect(actions.exportDeck).toHaveBeenCalledTimes(1)
  })

  it.each([CHANNELS.copyText, CHANNELS.importDeck, CHANNELS.exportDeck])(
    'forbids the projector to call %s',
    (channel) => {
      const { handle, actions } = setup()
      expect(() => handle('projector', channel, 'tekst')).toThrow(NotAllowedError)
      expect(actions.copyText).not.toHaveBeenCalled()
      expect(actions.importDeck).not.toHaveBeenCalled()
      expect(actions.exportDeck).not.toHaveBeenCalled()
    },
  )

  it('forbids the projector to dispatch, and nothing changes', () => {
    const { host, handle } = setup()
    const listener = vi.fn<(snapshot: WindowSnapshot) => void>()
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
