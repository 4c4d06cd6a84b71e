import type { CommandInput } from '@core/commands/schema'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { usePresenterKeys } from '../../renderer/src/presenter/shortcuts/use-presenter-keys'
import ShortcutOverview from '../../renderer/src/presenter/shortcuts/ShortcutOverview.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, settle } from './support/harness'

afterEach(cleanup)

/** A presenter in miniature: the keys, the overview, and the kinds of focus targets it has. */
const KeysHost = defineComponent({
  setup() {
    usePresenterKeys()
    return () =>
      h('div', [
        h(ShortcutOverview),
        h('input', { 'data-testid': 'text', type: 'text' }),
        h('textarea', { 'data-testid': 'area' }),
        h('div', { 'data-testid': 'editable', contenteditable: 'true' }),
        h('button', { 'data-testid': 'button', type: 'button' }, 'Knop'),
        h('input', { 'data-testid': 'range', type: 'range' }),
        h('ul', [h('li', [h('button', { 'data-testid': 'in-list', type: 'button' }, 'Rij')])]),
      ])
  },
})

function element(testId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
  if (!found) throw new Error(`no element ${testId}`)
  return found
}

function press(init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

async function mountKeys(backend = new FakeBackend()) {
  const mounted = await mountConnected(KeysHost, { backend })
  const session = () => backend.host.getSnapshot().session
  const phaseKind = () => session().phases.find((p) => p.id === session().currentPhaseId)?.kind
  return { ...mounted, session, phaseKind }
}

/** Starts the programme and goes to the casework phase on the host, as another window would. */
function toCasework(backend: FakeBackend): void {
  const casework = backend.host.getSnapshot().session.phases.find((p) => p.kind === 'casework')
  if (!casework) throw new Error('no casework phase')
  backend.apply({ type: 'phase/go', id: casework.id })
}

const sent = (backend: FakeBackend): CommandInput[] => backend.dispatched

describe('usePresenterKeys: stepping with a clicker', () => {
  it('starts the programme and steps through the phases with PageDown and the arrows', async () => {
    const { backend, phaseKind } = await mountKeys()
    const event = press({ key: 'PageDown' })
    expect(event.defaultPrevented).toBe(true)
    await settle()
    expect(phaseKind()).toBe('welcome')
    press({ key: 'ArrowRight' })
    await settle()
    press({ key: 'ArrowDown' })
    await settle()
    expect(phaseKind()).toBe('explanation')
    press({ key: 'PageUp' })
    await settle()
    press({ key: 'ArrowLeft' })
    await settle()
    expect(phaseKind()).toBe('welcome')
    press({ key: 'ArrowUp' })
    await settle()
    expect(phaseKind()).toBe('welcome')
    expect(sent(backend).map((c) => c.type)).toEqual([
      'phase/next',
      'phase/next',
      'phase/next',
      'phase/previous',
      'phase/previous',
    ])
  })

  it('takes the queued dilemmas one by one in the casework phase, even on a quick double press', async () => {
    const backend = new FakeBackend()
    const [first, second] = backend.seedDilemmas('Eerste', 'Tweede')
    toCasework(backend)
    const { session, phaseKind } = await mountKeys(backend)
    press({ key: 'PageDown' })
    press({ key: 'PageDown' })
    await settle()
    await settle()
    expect(session().currentDilemmaId).toBe(second)
    press({ key: 'PageUp' })
    await settle()
    expect(session().currentDilemmaId).toBe(first)
    expect(session().dilemmas.map((d) => d.status)).toEqual(['queued', 'queued'])
    press({ key: 'PageDown' })
    await settle()
    press({ key: 'PageDown' })
    await settle()
    expect(phaseKind()).toBe('harvest')
  })
})

describe('usePresenterKeys: black and pause', () => {
  it('blacks out with B and ".", and restores with the same key', async () => {
    const { session } = await mountKeys()
    for (const key of ['b', 'B', '.']) {
      press({ key })
      await settle()
      expect(session().projector.blackout, key).toBe('black')
      press({ key })
      await settle()
      expect(session().projector.blackout, key).toBe('none')
    }
  })

  it('shows the pause screen with W, and leaves black or pause with Esc', async () => {
    const { session, backend } = await mountKeys()
    press({ key: 'w' })
    await settle()
    expect(session().projector.blackout).toBe('pause')
    press({ key: 'W' })
    await settle()
    expect(session().projector.blackout).toBe('none')
    press({ key: 'w' })
    await settle()
    expect(press({ key: 'Escape' }).defaultPrevented).toBe(true)
    await settle()
    expect(session().projector.blackout).toBe('none')
    press({ key: 'b' })
    await settle()
    press({ key: 'Escape' })
    await settle()
    expect(session().projector.blackout).toBe('none')
    const count = sent(backend).length
    // With nothing to leave, Esc is left to whoever else wants it.
    expect(press({ key: 'Escape' }).defaultPrevented).toBe(false)
    await settle()
    expect(sent(backend)).toHaveLength(count)
  })
})

describe('usePresenterKeys: presenting, timer and rotation', () => {
  it('starts presenting with F5: the first phase, the beamer on, and the projector shown', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/blackout', blackout: 'black' })
    const { phaseKind, session } = await mountKeys(backend)
    expect(press({ key: 'F5' }).defaultPrevented).toBe(true)
    await settle()
    expect(phaseKind()).toBe('welcome')
    expect(session().projector.blackout).toBe('none')
    expect(backend.showProjectorCount).toBe(1)
    press({ key: 'F5' })
    await settle()
    expect(phaseKind()).toBe('welcome')
    expect(backend.showProjectorCount).toBe(2)
  })

  it('pauses and starts the phase timer with Space', async () => {
    const backend = new FakeBackend()
    toCasework(backend)
    const { session } = await mountKeys(backend)
    expect(session().timers.phase.startedAt).not.toBeNull()
    press({ key: ' ' })
    await settle()
    expect(session().timers.phase.startedAt).toBeNull()
    press({ key: ' ' })
    await settle()
    expect(session().timers.phase.startedAt).not.toBeNull()
  })

  it('works the round timer and rotates with R while a variant-2 dilemma is on the floor', async () => {
    const backend = new FakeBackend()
    const [id] = backend.seedDilemmas('Vier principes')
    if (!id) throw new Error('seed failed')
    backend.apply({ type: 'dilemma/edit', id, variant: 'variant2' })
    const [a, b] = backend.host.getSnapshot().session.principles
    if (!a || !b) throw new Error('no principles')
    backend.apply({ type: 'v2/set-principles', dilemmaId: id, principleIds: [a.id, b.id] })
    toCasework(backend)
    backend.apply({ type: 'dilemma/make-current', id })
    const { session } = await mountKeys(backend)
    press({ key: ' ' })
    await settle()
    expect(sent(backend).at(-1)).toEqual({ type: 'timer/start', timer: 'round' })
    press({ key: 'r' })
    await settle()
    expect(session().dilemmas[0]?.variant2.rounds).toHaveLength(2)
  })
})

describe('usePresenterKeys: never in the way', () => {
  it('does nothing while typing in a field', async () => {
    const { backend } = await mountKeys()
    for (const testId of ['text', 'area', 'editable'])
      for (const key of ['b', '.', 'w', ' ', 'PageDown', 'ArrowRight', 'F5', 'r', '?']) {
        const event = press({ key }, element(testId))
        expect(event.defaultPrevented, `${key} in ${testId}`).toBe(false)
      }
    await settle()
    expect(sent(backend)).toEqual([])
    expect(backend.showProjectorCount).toBe(0)
  })

  it('leaves Ctrl, Alt and Cmd combinations, digits and held-down keys alone', async () => {
    const { backend } = await mountKeys()
    press({ key: 'b', ctrlKey: true })
    press({ key: 'ArrowDown', altKey: true })
    press({ key: 'PageDown', metaKey: true })
    press({ key: 'PageDown', repeat: true })
    for (const key of ['1', '9', 'Enter', 'Tab'])
      expect(press({ key }).defaultPrevented, key).toBe(false)
    await settle()
    expect(sent(backend)).toEqual([])
  })

  it('lets a focused button, list or slider keep Space and the arrows', async () => {
    const { backend, phaseKind } = await mountKeys()
    expect(press({ key: ' ' }, element('button')).defaultPrevented).toBe(false)
    expect(press({ key: 'ArrowDown' }, element('in-list')).defaultPrevented).toBe(false)
    expect(press({ key: 'ArrowUp' }, element('in-list')).defaultPrevented).toBe(false)
    expect(press({ key: 'ArrowRight' }, element('range')).defaultPrevented).toBe(false)
    await settle()
    expect(sent(backend)).toEqual([])
    // Left and right are not list keys: in a list they still step.
    press({ key: 'ArrowRight' }, element('in-list'))
    await settle()
    expect(phaseKind()).toBe('welcome')
    // A clicker key on a focused button still steps.
    press({ key: 'PageDown' }, element('button'))
    await settle()
    expect(phaseKind()).toBe('starter')
  })

  it('opens the overview with F1 and "?", and leaves the session alone while it is open', async () => {
    const { backend } = await mountKeys()
    const dialog = element('shortcut-overview') as HTMLDialogElement
    expect(dialog.open).toBe(false)
    press({ key: 'F1' })
    await flushPromises()
    expect(dialog.open).toBe(true)
    press({ key: 'b' })
    press({ key: 'PageDown' })
    await settle()
    expect(sent(backend)).toEqual([])
    press({ key: 'Escape' }, dialog)
    await flushPromises()
    expect(dialog.open).toBe(false)
    press({ key: '?', shiftKey: true })
    await flushPromises()
    expect(dialog.open).toBe(true)
  })
})
