import { FONT_SCALE } from '@core/session/schema'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import StageControls from '../../renderer/src/presenter/projector/StageControls.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected, setLocale } from './support/harness'

afterEach(cleanup)

const button = (wrapper: VueWrapper, action: string) =>
  wrapper.find<HTMLButtonElement>(`button[data-action="${action}"]`)

async function click(wrapper: VueWrapper, action: string): Promise<void> {
  await button(wrapper, action).trigger('click')
  await flushPromises()
}

function projectorOf(backend: FakeBackend) {
  return backend.host.getSnapshot().session.projector
}

describe('StageControls: the beamer’s text size', () => {
  it('shows the size in percent and steps it by 10% through main', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(StageControls, { backend })
    const value = () => button(wrapper, 'reset').text()
    expect(value()).toBe('100%')
    expect(button(wrapper, 'reset').element.disabled).toBe(true)

    await click(wrapper, 'larger')
    expect(projectorOf(backend).fontScale).toBe(1.1)
    expect(value()).toBe('110%')
    await click(wrapper, 'larger')
    // No drift after repeated steps: 1.2, not 1.2000000000000002.
    expect(projectorOf(backend).fontScale).toBe(1.2)
    expect(value()).toBe('120%')
    expect(button(wrapper, 'reset').element.disabled).toBe(false)

    await click(wrapper, 'reset')
    expect(projectorOf(backend).fontScale).toBe(1)
    expect(value()).toBe('100%')

    await click(wrapper, 'smaller')
    expect(projectorOf(backend).fontScale).toBe(0.9)
    expect(value()).toBe('90%')
    expect(backend.dispatched.filter((c) => c.type === 'projector/set-font-scale')).toEqual([
      { type: 'projector/set-font-scale', fontScale: 1.1 },
      { type: 'projector/set-font-scale', fontScale: 1.2 },
      { type: 'projector/set-font-scale', fontScale: 1 },
      { type: 'projector/set-font-scale', fontScale: 0.9 },
    ])
  })

  it('stops at both ends of the allowed range', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(StageControls, { backend })
    for (let i = 0; i < 10; i++) await click(wrapper, 'larger')
    expect(projectorOf(backend).fontScale).toBe(FONT_SCALE.max)
    expect(button(wrapper, 'larger').element.disabled).toBe(true)
    expect(button(wrapper, 'reset').text()).toBe('150%')

    for (let i = 0; i < 10; i++) await click(wrapper, 'smaller')
    expect(projectorOf(backend).fontScale).toBe(FONT_SCALE.min)
    expect(button(wrapper, 'smaller').element.disabled).toBe(true)
    expect(button(wrapper, 'larger').element.disabled).toBe(false)
    expect(button(wrapper, 'reset').text()).toBe('80%')
    // Every step main received was a valid one: none refused, none outside the range.
    const sizes = backend.dispatched.flatMap((c) =>
      c.type === 'projector/set-font-scale' ? [c.fontScale] : [],
    )
    expect(sizes).toEqual([1.1, 1.2, 1.3, 1.4, 1.5, 1.4, 1.3, 1.2, 1.1, 1, 0.9, 0.8])
  })

  it('names its buttons for screen readers, the reset one starting with what it shows', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'projector/set-font-scale', fontScale: 1.3 })
    const { wrapper, i18n } = await mountConnected(StageControls, { backend })
    expect(button(wrapper, 'smaller').attributes('aria-label')).toBe('Tekst kleiner')
    expect(button(wrapper, 'larger').attributes('aria-label')).toBe('Tekst groter')
    expect(button(wrapper, 'reset').attributes('aria-label')).toBe('130%: Standaard tekstgrootte')
    const group = wrapper.find('[role="group"]')
    const labelId = group.attributes('aria-labelledby') ?? ''
    expect(wrapper.find(`[id="${labelId}"]`).text()).toBe('Tekstgrootte')

    setLocale(i18n, 'en')
    await flushPromises()
    expect(button(wrapper, 'larger').attributes('aria-label')).toBe('Larger text')
    const theme = wrapper.find('[role="radiogroup"]')
    expect(wrapper.find(`[id="${theme.attributes('aria-labelledby') ?? ''}"]`).text()).toBe('Theme')
  })
})

describe('StageControls: the beamer’s theme', () => {
  it('switches between standard and high contrast through main', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(StageControls, { backend })
    const radio = (theme: string) =>
      wrapper.find<HTMLInputElement>(`input[data-theme-option="${theme}"]`)
    expect(radio('standard').element.checked).toBe(true)
    expect(radio('high-contrast').element.checked).toBe(false)
    expect(wrapper.find('[role="radiogroup"]').text()).toContain('Hoog contrast')

    await radio('high-contrast').setValue(true)
    await flushPromises()
    expect(projectorOf(backend).theme).toBe('high-contrast')
    expect(radio('high-contrast').element.checked).toBe(true)

    await radio('standard').setValue(true)
    await flushPromises()
    expect(projectorOf(backend).theme).toBe('standard')
    expect(backend.dispatched.filter((c) => c.type === 'projector/set-theme')).toEqual([
      { type: 'projector/set-theme', theme: 'high-contrast' },
      { type: 'projector/set-theme', theme: 'standard' },
    ])
  })

  it('follows a theme set elsewhere (another facilitator, undo)', async () => {
    const backend = new FakeBackend()
    const { wrapper } = await mountConnected(StageControls, { backend })
    backend.apply({ type: 'projector/set-theme', theme: 'high-contrast' })
    await flushPromises()
    expect(
      wrapper.find<HTMLInputElement>('input[data-theme-option="high-contrast"]').element.checked,
    ).toBe(true)
  })
})
