import { SHORTCUTS } from '@core/keys/shortcuts'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ShortcutOverview from '../../renderer/src/presenter/shortcuts/ShortcutOverview.vue'
import nl from '../../renderer/src/common/i18n/nl/keys'
import { cleanup, mountConnected } from './support/harness'

afterEach(cleanup)

function dialogOf(wrapper: VueWrapper): HTMLDialogElement {
  const dialog = wrapper.find<HTMLDialogElement>('[data-testid="shortcut-overview"]')
  if (!dialog.exists()) throw new Error('no overview dialog')
  return dialog.element
}

function openButton(wrapper: VueWrapper): HTMLButtonElement {
  return wrapper.get<HTMLButtonElement>('[data-testid="shortcuts-open"]').element
}

async function openWithButton(wrapper: VueWrapper): Promise<HTMLDialogElement> {
  openButton(wrapper).focus()
  await wrapper.get('[data-testid="shortcuts-open"]').trigger('click')
  await flushPromises()
  return dialogOf(wrapper)
}

function pressIn(target: Element, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

describe('ShortcutOverview', () => {
  it('is a visible button in the bar and a closed dialog until asked for', async () => {
    const { wrapper } = await mountConnected(ShortcutOverview)
    expect(openButton(wrapper).textContent).toContain('Sneltoetsen')
    expect(openButton(wrapper).getAttribute('aria-keyshortcuts')).toBe('F1')
    expect(dialogOf(wrapper).open).toBe(false)
  })

  it('lists every shortcut of the table, with its keys and what it does', async () => {
    const { wrapper } = await mountConnected(ShortcutOverview)
    const dialog = await openWithButton(wrapper)
    const rows = [...dialog.querySelectorAll<HTMLTableRowElement>('tbody tr')]
    expect(rows.map((row) => row.dataset.action).sort()).toEqual(
      SHORTCUTS.map((s) => s.action).sort(),
    )
    for (const shortcut of SHORTCUTS) {
      const row = dialog.querySelector(`tr[data-action="${shortcut.action}"]`)
      expect(row?.querySelector('th')?.textContent?.trim()).toBe(nl.actions[shortcut.action])
      const keys = [...(row?.querySelectorAll('kbd.shortcuts__key') ?? [])]
      expect(keys).toHaveLength(shortcut.combos.flat().length)
      expect(row?.querySelector('.shortcuts__badge') !== null, shortcut.action).toBe(
        shortcut.clicker,
      )
    }
    const next = dialog.querySelector('tr[data-action="next"] td')?.textContent ?? ''
    expect(next).toContain('Page Down')
    expect(next).toContain('pijl rechts')
    expect(dialog.querySelector('tr[data-action="redo"] td')?.textContent).toMatch(
      /Ctrl\s*\+\s*Shift\s*\+\s*Z\s*of\s*Ctrl\s*\+\s*Y/,
    )
    expect(dialog.querySelector('tr[data-action="tally-add"] td')?.textContent).toContain('1 – 9')
    expect(dialog.querySelectorAll('caption')).toHaveLength(3)
  })

  it('speaks English when the presenter does', async () => {
    const { wrapper } = await mountConnected(ShortcutOverview, { locale: 'en' })
    const dialog = await openWithButton(wrapper)
    expect(dialog.textContent).toContain('Keyboard shortcuts')
    expect(dialog.textContent).toContain('Beamer to black, and back on')
    expect(dialog.textContent).toContain('right arrow')
  })

  it('takes the focus to its close button, keeps it inside, and gives it back on Esc', async () => {
    const { wrapper } = await mountConnected(ShortcutOverview)
    const dialog = await openWithButton(wrapper)
    expect(dialog.open).toBe(true)
    const close = dialog.querySelector('button')
    expect(document.activeElement).toBe(close)
    if (!close) throw new Error('no close button')
    expect(pressIn(close, { key: 'Tab' }).defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(close)
    expect(pressIn(close, { key: 'Tab', shiftKey: true }).defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(close)
    pressIn(close, { key: 'Escape' })
    await flushPromises()
    expect(dialog.open).toBe(false)
    expect(document.activeElement).toBe(openButton(wrapper))
  })

  it('closes with its close button and with a click on the backdrop', async () => {
    const { wrapper } = await mountConnected(ShortcutOverview)
    let dialog = await openWithButton(wrapper)
    dialog.querySelector('button')?.click()
    await flushPromises()
    expect(dialog.open).toBe(false)
    expect(document.activeElement).toBe(openButton(wrapper))
    dialog = await openWithButton(wrapper)
    dialog.querySelector('table')?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await flushPromises()
    expect(dialog.open).toBe(true)
    dialog.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await flushPromises()
    expect(dialog.open).toBe(false)
  })

  it('follows the browser when it closes the dialog itself (Esc on a modal dialog)', async () => {
    const { wrapper } = await mountConnected(ShortcutOverview)
    const dialog = await openWithButton(wrapper)
    const cancel = new Event('cancel', { cancelable: true })
    dialog.dispatchEvent(cancel)
    await flushPromises()
    expect(cancel.defaultPrevented).toBe(true)
    expect(dialog.open).toBe(false)
    // Opening again works: the state was kept in step.
    await openWithButton(wrapper)
    expect(dialog.open).toBe(true)
  })
})
