import type { PresenterApi, ProjectorApi, Unsubscribe } from '@contract'
import type { CommandInput } from '@core/commands/schema'
import type { DispatchResult } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import type { Snapshot } from '@core/session/schema'
import { useSessionStore } from '@common/session/session-store'
import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeBackend, TEST_NOW } from './support/fake-backend'
import { cleanup, createHarness } from './support/harness'

afterEach(cleanup)

function snapshotAt(revision: number, title?: string): Snapshot {
  const session = createSession(TEST_NOW)
  const dilemmas = title === undefined ? [] : [{ id: 'd1', title, description: '' }]
  return { revision, session: { ...session, dilemmas } }
}

/** A hand-driven API: the test decides when the initial read answers and what gets pushed. */
class ScriptedApi implements PresenterApi {
  readonly log: string[] = []
  readonly listeners = new Set<(snapshot: Snapshot) => void>()
  resolveRead: (snapshot: Snapshot) => void = () => undefined
  dispatchAnswer: () => Promise<DispatchResult> = async () => ({ ok: true, revision: 1 })
  readonly sent: CommandInput[] = []

  getSnapshot(): Promise<Snapshot> {
    this.log.push('getSnapshot')
    return new Promise((resolve) => {
      this.resolveRead = resolve
    })
  }

  onSnapshot(listener: (snapshot: Snapshot) => void): Unsubscribe {
    this.log.push('onSnapshot')
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  push(snapshot: Snapshot): void {
    for (const listener of this.listeners) listener(snapshot)
  }

  dispatch(command: CommandInput): Promise<DispatchResult> {
    this.sent.push(command)
    return this.dispatchAnswer()
  }

  showProjector(): Promise<void> {
    return Promise.resolve()
  }

  onNotice(): Unsubscribe {
    return () => undefined
  }
}

describe('session store: connect', () => {
  it('subscribes before it reads, so no push between the two is lost', async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)

    expect(api.log).toEqual(['onSnapshot', 'getSnapshot'])
    expect(store.session).toBeNull()
    expect(store.revision).toBe(-1)

    api.resolveRead(snapshotAt(4, 'Gelezen'))
    await connecting
    expect(store.revision).toBe(4)
    expect(store.session?.dilemmas[0]?.title).toBe('Gelezen')
  })

  it('keeps a newer push that overtook the initial read', async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)

    api.push(snapshotAt(6, 'Nieuwer'))
    api.resolveRead(snapshotAt(5, 'Ouder'))
    await connecting

    expect(store.revision).toBe(6)
    expect(store.session?.dilemmas[0]?.title).toBe('Nieuwer')
  })

  it('never lets a lower or equal revision replace a higher one', async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)
    api.resolveRead(snapshotAt(3, 'Drie'))
    await connecting

    api.push(snapshotAt(2, 'Twee'))
    expect(store.session?.dilemmas[0]?.title).toBe('Drie')
    api.push(snapshotAt(3, 'Nog eens drie'))
    expect(store.session?.dilemmas[0]?.title).toBe('Drie')
    api.push(snapshotAt(4, 'Vier'))
    expect(store.revision).toBe(4)
    expect(store.session?.dilemmas[0]?.title).toBe('Vier')
  })

  it('stops following pushes after the returned unsubscribe', async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)
    api.resolveRead(snapshotAt(1))
    const unsubscribe = await connecting

    unsubscribe()
    api.push(snapshotAt(2, 'Te laat'))
    expect(store.revision).toBe(1)
  })

  it('mirrors the real host: every accepted command arrives as the next revision', async () => {
    const { store, backend } = await createHarness()
    expect(store.revision).toBe(0)
    expect(store.session?.principles.length).toBeGreaterThan(0)

    backend.apply({ type: 'dilemma/add', title: 'Van elders' })
    await flushPromises()

    expect(store.revision).toBe(1)
    expect(store.session?.dilemmas.map((d) => d.title)).toEqual(['Van elders'])
  })
})

describe('session store: dispatch', () => {
  it('returns the host result and clears an earlier failure on success', async () => {
    const { store } = await createHarness()
    await store.dispatch({ type: 'dilemma/remove', id: 'bestaat-niet' })
    expect(store.lastFailure).toBe('unknown-dilemma')

    const result = await store.dispatch({ type: 'dilemma/add', title: 'Goed' })
    await flushPromises()

    expect(result).toEqual({ ok: true, revision: 1 })
    expect(store.lastFailure).toBeNull()
    expect(store.session?.dilemmas.map((d) => d.title)).toEqual(['Goed'])
  })

  it('records the error code of a rejected command', async () => {
    const { store } = await createHarness()
    const result = await store.dispatch({ type: 'projector/show-principle', principleId: 'nope' })

    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-principle', detail: 'nope' },
    })
    expect(store.lastFailure).toBe('unknown-principle')
  })

  it('records invalid-command for input the schema refuses', async () => {
    const { store } = await createHarness()
    const result = await store.dispatch({ type: 'dilemma/add', title: '   ' })
    expect(result?.ok).toBe(false)
    expect(store.lastFailure).toBe('invalid-command')
  })

  it("records 'unexpected' and returns null when the API throws", async () => {
    const { store, backend } = await createHarness()
    backend.failNextDispatch()

    const result = await store.dispatch({ type: 'dilemma/add', title: 'Verloren?' })

    expect(result).toBeNull()
    expect(store.lastFailure).toBe('unexpected')
    expect(backend.host.getSnapshot().session.dilemmas).toEqual([])
  })

  it("records 'unexpected' for a rejected promise from a hand-made API too", async () => {
    const api = new ScriptedApi()
    const store = useSessionStore(createPinia())
    const connecting = store.connect(api)
    api.resolveRead(snapshotAt(0))
    await connecting
    api.dispatchAnswer = () => Promise.reject(new Error('IPC closed'))

    await expect(store.dispatch({ type: 'dilemma/make-current', id: null })).resolves.toBeNull()
    expect(store.lastFailure).toBe('unexpected')
    expect(api.sent).toEqual([{ type: 'dilemma/make-current', id: null }])
  })

  it('clearFailure forgets the failure', async () => {
    const { store } = await createHarness()
    await store.dispatch({ type: 'dilemma/remove', id: 'x' })
    store.clearFailure()
    expect(store.lastFailure).toBeNull()
  })

  it('throws for the projector, whose API can only read', async () => {
    const { store, backend, api } = await createHarness({ role: 'projector' })
    expect('dispatch' in api).toBe(false)

    await expect(store.dispatch({ type: 'dilemma/add', title: 'Mag niet' })).rejects.toThrow(
      'This window cannot send commands',
    )
    expect(backend.calls.map((call) => call.channel)).toEqual(['session:get-snapshot'])
    expect(store.lastFailure).toBeNull()
  })

  it('throws before it is connected', async () => {
    const store = useSessionStore(createPinia())
    await expect(store.dispatch({ type: 'dilemma/make-current', id: null })).rejects.toThrow(
      'This window cannot send commands',
    )
  })

  it('the projector store still follows the presenter on the same host', async () => {
    const backend = new FakeBackend()
    const presenter = await createHarness({ backend })
    const projector = await createHarness({ backend, role: 'projector' })
    const readOnly: ProjectorApi = projector.api
    expect(Object.keys(readOnly).sort()).toEqual(['getSnapshot', 'onSnapshot'])

    await presenter.store.dispatch({ type: 'projector/show-principle', principleId: 'integer' })
    await flushPromises()

    expect(projector.store.session?.projector.principleId).toBe('integer')
    expect(projector.store.revision).toBe(presenter.store.revision)
  })
})
