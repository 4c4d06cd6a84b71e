import { createAppI18n } from '@common/i18n'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ClosingPanel from '../../renderer/src/presenter/closing/ClosingPanel.vue'
import ClosingView from '../../renderer/src/stage/views/ClosingView.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'

afterEach(cleanup)

function mountView(title: string, moreInfo: string, locale: 'nl' | 'en' = 'nl') {
  return mount(ClosingView, {
    props: { title, moreInfo },
    global: { plugins: [createAppI18n(locale)] },
    attachTo: document.body,
  })
}

describe('ClosingView', () => {
  it('thanks the group and shows the title and where to read more', () => {
    const wrapper = mountView('Dansende Dilemma’s met team Noord', 'grenzeloossamenwerken.nl')
    const root = wrapper.find('[data-testid="closing-view"]')

    expect(root.exists()).toBe(true)
    expect(root.find('h1').text()).toBe('Dank voor jullie inbreng en openheid')
    expect(root.text()).toContain('Ambtelijk Vakmanschap')
    expect(root.find('[data-testid="closing-title"]').text()).toBe(
      'Dansende Dilemma’s met team Noord',
    )
    expect(root.find('[data-testid="closing-more-info"]').text()).toBe(
      'Meer informatie: grenzeloossamenwerken.nl',
    )
    expect(root.find('a').exists()).toBe(false)
    wrapper.unmount()
  })

  it('renders hostile text as text, never as markup or a link', () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    const wrapper = mountView(hostile, 'javascript:alert(1) <a href="https://evil">hier</a>')

    expect(wrapper.find('[data-testid="closing-title"]').text()).toBe(hostile)
    expect(wrapper.find('[data-testid="closing-more-info"]').text()).toBe(
      'Meer informatie: javascript:alert(1) <a href="https://evil">hier</a>',
    )
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('a').exists()).toBe(false)
    wrapper.unmount()
  })

  it('leaves out an empty title and an empty pointer', () => {
    const wrapper = mountView('  ', '')

    expect(wrapper.find('h1').exists()).toBe(true)
    expect(wrapper.find('[data-testid="closing-title"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="closing-more-info"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('speaks English in an English session', () => {
    const wrapper = mountView('Team North', 'intranet', 'en')

    expect(wrapper.find('h1').text()).toBe('Thank you for your contributions and openness')
    expect(wrapper.find('[data-testid="closing-more-info"]').text()).toBe(
      'More information: intranet',
    )
    wrapper.unmount()
  })
})

describe('ClosingPanel', () => {
  it('lists what to remember at the close', async () => {
    const { wrapper } = await mountConnected(ClosingPanel)
    const reminders = wrapper.find('[data-testid="closing-reminders"]').text()

    expect(reminders).toContain('Bedank iedereen voor de inbreng en de openheid.')
    expect(reminders).toContain('ook voor wie er vandaag niet bij kon zijn')
  })

  it('edits where to read more and previews the beamer screen as it changes', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'setup/edit', title: 'Sessie team Noord' })
    const { wrapper } = await mountConnected(ClosingPanel, { backend })
    const preview = wrapper.find('[data-testid="closing-preview"]')
    expect(preview.attributes('aria-hidden')).toBe('true')
    expect(preview.find('[data-testid="closing-view"]').exists()).toBe(true)
    expect(preview.find('[data-testid="closing-title"]').text()).toBe('Sessie team Noord')
    expect(preview.find('[data-testid="closing-more-info"]').text()).toBe(
      'Meer informatie: grenzeloossamenwerken.nl',
    )

    const field = wrapper.find<HTMLInputElement>('.field__control')
    expect(field.element.value).toBe('grenzeloossamenwerken.nl')
    await field.trigger('focus')
    await field.setValue('intranet › Ambtelijk Vakmanschap')
    await field.trigger('blur')
    await flushPromises()

    expect(backend.dispatched).toEqual([
      { type: 'setup/edit', moreInfo: 'intranet › Ambtelijk Vakmanschap' },
    ])
    expect(backend.host.getSnapshot().session.setup.moreInfo).toBe(
      'intranet › Ambtelijk Vakmanschap',
    )
    expect(preview.find('[data-testid="closing-more-info"]').text()).toBe(
      'Meer informatie: intranet › Ambtelijk Vakmanschap',
    )
  })
})
