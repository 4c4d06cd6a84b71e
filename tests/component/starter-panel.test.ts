import { reportHtml } from '@core/report/report-html'
import { reportMarkdown } from '@core/report/report-markdown'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import StarterPanel from '../../renderer/src/presenter/starter/StarterPanel.vue'
import { cleanup, mountConnected } from './support/harness'

afterEach(cleanup)

type Field = 'statement' | 'left' | 'right' | 'observation'

function control(wrapper: VueWrapper, field: Field) {
  return wrapper.find<HTMLInputElement | HTMLTextAreaElement>(
    `[data-testid="starter-${field}"] .field__control`,
  )
}

/** Types as a person does: focus, text, leave the field (which sends the last text at once). */
async function type(wrapper: VueWrapper, field: Field, text: string): Promise<void> {
  const element = control(wrapper, field)
  await element.trigger('focus')
  await element.setValue(text)
  await element.trigger('blur')
  await flushPromises()
}

describe('StarterPanel', () => {
  it('shows the starter of the session in its fields and in the preview', async () => {
    const { wrapper, store } = await mountConnected(StarterPanel)
    const starter = store.session?.starter
    if (!starter) throw new Error('no session')

    expect(control(wrapper, 'statement').element.value).toBe(starter.statement)
    expect(control(wrapper, 'left').element.value).toBe('Helemaal mee oneens')
    expect(control(wrapper, 'right').element.value).toBe('Helemaal mee eens')
    const preview = wrapper.find('[data-testid="lineup-preview"]')
    expect(preview.text()).toContain(starter.statement)
    expect(preview.text()).toContain('Helemaal mee oneens')
    expect(wrapper.text()).toContain('denkbeeldige lijn')
  })

  it('saves the statement and both ends while typing, and the preview follows', async () => {
    const { wrapper, backend } = await mountConnected(StarterPanel)

    await type(wrapper, 'statement', 'Ik durf nee te zeggen tegen mijn leidinggevende.')
    await type(wrapper, 'left', 'Nooit')
    await type(wrapper, 'right', 'Altijd')

    expect(backend.dispatched).toEqual([
      { type: 'starter/edit', statement: 'Ik durf nee te zeggen tegen mijn leidinggevende.' },
      { type: 'starter/edit', leftEnd: 'Nooit' },
      { type: 'starter/edit', rightEnd: 'Altijd' },
    ])
    const starter = backend.host.getSnapshot().session.starter
    expect(starter).toMatchObject({
      statement: 'Ik durf nee te zeggen tegen mijn leidinggevende.',
      leftEnd: 'Nooit',
      rightEnd: 'Altijd',
    })
    const preview = wrapper.find('[data-testid="lineup-preview"]')
    expect(preview.find('.preview__statement').text()).toBe(
      'Ik durf nee te zeggen tegen mijn leidinggevende.',
    )
    expect(preview.findAll('.preview__end').map((end) => end.text())).toEqual(['Nooit', 'Altijd'])
  })

  it('sends typed text before the field is left, so the projector follows live', async () => {
    const { wrapper, backend } = await mountConnected(StarterPanel)
    const element = control(wrapper, 'statement')
    element.element.focus()
    await element.setValue('Regels')

    await vi.waitFor(() =>
      expect(backend.dispatched).toEqual([{ type: 'starter/edit', statement: 'Regels' }]),
    )
    expect(document.activeElement).toBe(element.element)
  })

  it('keeps the observation private: hinted as such, and true of the preview and the report', async () => {
    const { wrapper, backend } = await mountConnected(StarterPanel)
    expect(wrapper.find('[data-testid="starter-observation"]').text()).toContain(
      'Alleen voor jou: niet op de beamer en niet in het verslag.',
    )

    await type(wrapper, 'observation', 'De meesten stonden links.')

    expect(backend.dispatched).toEqual([
      { type: 'starter/edit', observation: 'De meesten stonden links.' },
    ])
    expect(backend.host.getSnapshot().session.starter.observation).toBe('De meesten stonden links.')
    expect(wrapper.find('[data-testid="lineup-preview"]').text()).not.toContain('links.')
    // The hint's promise, checked against the report itself (after the line-up was done).
    const starter = backend.host.getSnapshot().session.phases.find((p) => p.kind === 'starter')
    backend.apply({ type: 'phase/go', id: starter?.id ?? null })
    const unnamed = backend.host.getSnapshot().session
    backend.apply({ type: 'report/options', includeNames: true, includeContributors: true })
    for (const session of [unnamed, backend.host.getSnapshot().session]) {
      expect(reportHtml(session, Date.now())).not.toContain('stonden links')
      expect(reportMarkdown(session, Date.now())).not.toContain('stonden links')
    }
  })

  it('previews a neutral title when the statement is empty', async () => {
    const { wrapper } = await mountConnected(StarterPanel)
    await type(wrapper, 'statement', '')
    expect(wrapper.find('.preview__statement').text()).toBe('Lijnopstelling')
  })

  it('speaks English when the window is in English', async () => {
    const { wrapper } = await mountConnected(StarterPanel, { locale: 'en' })
    expect(wrapper.find('h2').text()).toBe('Starter: line-up')
    expect(wrapper.find('[data-testid="starter-left"] label').text()).toBe('Left end')
    expect(wrapper.text()).toContain('Only for you: not on the beamer and not in the report.')
  })
})
