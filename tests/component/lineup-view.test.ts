import { projectorScreen } from '@core/session/projector-screen'
import { afterEach, describe, expect, it } from 'vitest'
import LineupView from '../../renderer/src/stage/views/LineupView.vue'
import PhaseTitleView from '../../renderer/src/stage/views/PhaseTitleView.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, createHarness } from './support/harness'

afterEach(cleanup)

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'

async function projector(locale: 'nl' | 'en' = 'nl', backend?: FakeBackend) {
  return createHarness({ role: 'projector', locale, backend })
}

describe('LineupView', () => {
  it('shows the statement large with the two ends of the line', async () => {
    const harness = await projector()
    const wrapper = harness.mount(LineupView, {
      props: {
        statement: 'Ik ken de Gids goed.',
        leftEnd: 'Helemaal mee oneens',
        rightEnd: 'Helemaal mee eens',
      },
    })

    expect(wrapper.attributes('data-testid')).toBe('lineup-view')
    const statement = wrapper.find('[data-testid="lineup-statement"]')
    expect(statement.element.tagName).toBe('H1')
    expect(statement.text()).toBe('Ik ken de Gids goed.')
    expect(statement.attributes('dir')).toBe('auto')
    expect(wrapper.find('[data-testid="lineup-left"]').text()).toBe('Helemaal mee oneens')
    expect(wrapper.find('[data-testid="lineup-right"]').text()).toBe('Helemaal mee eens')
    expect(wrapper.find('.lineup__line').attributes('aria-hidden')).toBe('true')
    expect(wrapper.text()).toContain('Kies je plek op de lijn')
  })

  it('shows a neutral title when there is no statement', async () => {
    const harness = await projector()
    const wrapper = harness.mount(LineupView, {
      props: { statement: '   ', leftEnd: '', rightEnd: '' },
    })
    expect(wrapper.find('[data-testid="lineup-statement"]').text()).toBe('Lijnopstelling')
    expect(wrapper.find('.lineup__kicker').exists()).toBe(false)
  })

  it('keeps hostile text as text', async () => {
    const harness = await projector()
    const wrapper = harness.mount(LineupView, {
      props: { statement: HOSTILE, leftEnd: HOSTILE, rightEnd: 'x'.repeat(2000) },
    })
    expect(wrapper.find('[data-testid="lineup-statement"]').text()).toBe(HOSTILE)
    expect(wrapper.find('[data-testid="lineup-left"]').text()).toBe(HOSTILE)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
  })

  it('renders what the projector shows during the starter phase of the default programme', async () => {
    const backend = new FakeBackend()
    const session = backend.host.getSnapshot().session
    const starterPhase = session.phases.find((phase) => phase.kind === 'starter')
    if (!starterPhase) throw new Error('the default programme has no starter')
    backend.apply({ type: 'starter/edit', observation: 'Alleen voor de begeleider' })
    backend.apply({ type: 'phase/go', id: starterPhase.id })
    const harness = await projector('nl', backend)
    const shown = harness.store.session
    if (!shown) throw new Error('no session')
    const screen = projectorScreen(shown)
    if (screen.kind !== 'lineup') throw new Error(`expected the line-up, got ${screen.kind}`)

    const wrapper = harness.mount(LineupView, {
      props: { statement: screen.statement, leftEnd: screen.leftEnd, rightEnd: screen.rightEnd },
    })
    expect(wrapper.text()).toContain(session.starter.statement)
    expect(wrapper.text()).not.toContain('Alleen voor de begeleider')
  })

  it('speaks English when the window is in English', async () => {
    const harness = await projector('en')
    const wrapper = harness.mount(LineupView, {
      props: { statement: '', leftEnd: 'Strongly disagree', rightEnd: 'Strongly agree' },
    })
    expect(wrapper.find('[data-testid="lineup-statement"]').text()).toBe('Line-up')
    expect(wrapper.text()).toContain('Choose your place on the line')
  })
})

describe('PhaseTitleView', () => {
  it('shows the phase title large with the app name small', async () => {
    const harness = await projector()
    const wrapper = harness.mount(PhaseTitleView, { props: { title: 'Pauze met koffie' } })
    expect(wrapper.attributes('data-testid')).toBe('phase-title-view')
    const title = wrapper.find('[data-testid="phase-title"]')
    expect(title.element.tagName).toBe('H1')
    expect(title.text()).toBe('Pauze met koffie')
    expect(title.attributes('dir')).toBe('auto')
    expect(wrapper.find('.phase__app').text()).toBe('Dansende Dilemma’s')
  })

  it('keeps hostile text as text', async () => {
    const harness = await projector()
    const wrapper = harness.mount(PhaseTitleView, { props: { title: HOSTILE } })
    expect(wrapper.find('[data-testid="phase-title"]').text()).toBe(HOSTILE)
    expect(wrapper.find('img').exists()).toBe(false)
  })
})
