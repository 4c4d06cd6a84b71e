import { EventEmitter } from 'node:events'
import type { CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  DISPATCHED_BINDING,
  DISPATCH_CHANNEL,
  PageReports,
  type PushToPage,
  REVISION_BINDING,
} from '../../bench/soak/page-reports'

/** The DevTools session as far as the reports use it: bindings added, binding calls heard. */
class FakeSession extends EventEmitter {
  readonly bindings: string[] = []
  async send(method: string, params: { name: string }): Promise<void> {
    if (method === 'Runtime.addBinding') this.bindings.push(params.name)
  }
  /** The page calls a binding. */
  call(name: string, payload: string): void {
    this.emit('Runtime.bindingCalled', { name, payload, executionContextId: 1 })
  }
}

const page = {} as Page

async function attached() {
  const session = new FakeSession()
  const reports = await PageReports.attach(page, session as unknown as CDPSession)
  return { session, reports }
}

describe('PageReports: what a soak page reports without being asked', () => {
  it('adds both bindings before the page can call them', async () => {
    const { session } = await attached()
    expect(session.bindings).toEqual([REVISION_BINDING, DISPATCHED_BINDING])
  })

  it('resolves a wait for a revision once the page reports it or a later one', async () => {
    const { session, reports } = await attached()
    let reached: number[] = []
    void reports.reached(3).then(() => (reached = [...reached, 3]))
    void reports.reached(5).then(() => (reached = [...reached, 5]))
    session.call(REVISION_BINDING, '4')
    await Promise.resolve()
    expect(reached).toEqual([3])
    session.call(REVISION_BINDING, '6')
    await Promise.resolve()
    expect(reached).toEqual([3, 5])
    await expect(reports.reached(2)).resolves.toBeUndefined()
  })

  it('asks the page to dispatch over its push channel and answers with the results in order', async () => {
    const { session, reports } = await attached()
    const pushed: [string, string][] = []
    const harness: PushToPage = {
      pushTo: async (_page, channel, json) => pushed.push([channel, json]),
    }
    const first = reports.dispatch(harness, { type: 'history/undo' })
    const second = reports.dispatch(harness, { type: 'history/redo' })
    expect(pushed).toEqual([
      [DISPATCH_CHANNEL, '{"type":"history/undo"}'],
      [DISPATCH_CHANNEL, '{"type":"history/redo"}'],
    ])
    session.call(DISPATCHED_BINDING, '{"ok":true,"revision":8}')
    session.call(DISPATCHED_BINDING, '{"ok":false,"error":{"kind":"nothing-to-redo"}}')
    await expect(first).resolves.toEqual({ ok: true, revision: 8 })
    await expect(second).resolves.toEqual({ ok: false, error: { kind: 'nothing-to-redo' } })
  })
})
