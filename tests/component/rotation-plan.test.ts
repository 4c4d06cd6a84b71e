import { defaultPrinciples } from '@core/session/default-session'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import Variant2Panel from '../../renderer/src/presenter/casework/Variant2Panel.vue'
import { FakeBackend } from './support/fake-backend'
import { personId, sessionOf } from './support/backend-session'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(cleanup)

const deck = defaultPrinciples()
const NAMES = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva']

const session = sessionOf

/** A current variant-2 dilemma on `count` principles, with the first `speakers` names on them. */
function seeded(count: number, speakers: readonly string[]) {
  const backend = new FakeBackend()
  backend.apply({ type: 'participant/add-many', names: [...NAMES] })
  backend.apply({ type: 'dilemma/add', title: 'Een lastige vraag', variant: 'variant2' })
  const id = session(backend).dilemmas[0]?.id ?? ''
  backend.apply({ type: 'dilemma/make-current', id })
  const principleIds = deck.slice(0, count).map((p) => p.id)
  backend.apply({ type: 'v2/set-principles', dilemmaId: id, principleIds })
  speakers.forEach((name, slot) =>
    backend.apply({
      type: 'v2/assign',
      dilemmaId: id,
      slot,
      participantId: personId(backend, name),
    }),
  )
  return { backend, id }
}

const plan = (wrapper: VueWrapper) => wrapper.find('[data-testid="v2-plan"]')
const stateText = (wrapper: VueWrapper) =>
  plan(wrapper).find('[data-testid="v2-plan-state"]').text()

/** Each row as [round cell, speaker names…]. */
function rows(wrapper: VueWrapper): string[][] {
  return plan(wrapper)
    .findAll('tbody tr')
    .map((row) => row.findAll('th, td').map((cell) => cell.text()))
}

const kinds = (wrapper: VueWrapper) =>
  plan(wrapper)
    .findAll('tbody tr')
    .map((row) => row.attributes('data-kind'))

describe('Wisselschema', () => {
  it('plans the rounds to come so that everyone stands on every principle', async () => {
    const { backend } = seeded(4, ['Anna', 'Bram', 'Chris', 'Dewi'])
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    expect(plan(wrapper).find('summary').text()).toBe('Wisselschema')
    expect(plan(wrapper).attributes('open')).toBeDefined()
    expect(stateText(wrapper)).toBe('Nog 3 rondes tot iedereen op elk principe heeft gestaan.')
    const headers = plan(wrapper)
      .findAll('thead th')
      .map((th) => th.text())
    expect(headers).toEqual(['Ronde', ...deck.slice(0, 4).map((p) => p.name)])
    expect(
      plan(wrapper).find(`thead th[data-principle-id="${deck[0]?.id}"] span`).attributes(),
    ).toMatchObject({ 'aria-hidden': 'true' })
    expect(rows(wrapper)).toEqual([
      ['1 nu', 'Anna', 'Bram', 'Chris', 'Dewi'],
      ['2', 'Dewi', 'Anna', 'Bram', 'Chris'],
      ['3', 'Chris', 'Dewi', 'Anna', 'Bram'],
      ['4', 'Bram', 'Chris', 'Dewi', 'Anna'],
    ])
    expect(kinds(wrapper)).toEqual(['current', 'planned', 'planned', 'planned'])
  })

  it('greys the rounds held and follows each rotation until everyone has stood everywhere', async () => {
    const { backend } = seeded(2, ['Anna', 'Bram'])
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(stateText(wrapper)).toBe('Nog één ronde tot iedereen op elk principe heeft gestaan.')

    await buttonByText(wrapper, 'Van principe wisselen').trigger('click')
    await flushPromises()

    expect(stateText(wrapper)).toBe('Iedereen heeft op elk principe gestaan.')
    expect(kinds(wrapper)).toEqual(['held', 'current'])
    expect(rows(wrapper)).toEqual([
      ['1 (geweest)', 'Anna', 'Bram'],
      ['2 nu', 'Bram', 'Anna'],
    ])
  })

  it('plans fewer rounds for what was already covered, and more for a newcomer', async () => {
    const { backend, id } = seeded(3, ['Anna', 'Bram', 'Chris'])
    backend.apply({ type: 'v2/rotate', dilemmaId: id })
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(stateText(wrapper)).toBe('Nog één ronde tot iedereen op elk principe heeft gestaan.')

    // Eva takes Chris's place: she has stood nowhere yet.
    backend.apply({
      type: 'v2/assign',
      dilemmaId: id,
      slot: 0,
      participantId: personId(backend, 'Eva'),
    })
    await flushPromises()
    expect(stateText(wrapper)).toBe('Nog 2 rondes tot iedereen op elk principe heeft gestaan.')
    expect(rows(wrapper).at(-1)?.[0]).toBe('4')
  })

  it('shows empty places as such', async () => {
    const { backend } = seeded(3, ['Anna'])
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(rows(wrapper)[1]).toEqual(['2', '—', 'Anna', '—'])
  })

  it('gives a short hint with fewer than two principles, or nobody on the floor', async () => {
    const few = seeded(1, ['Anna'])
    const first = await mountConnected(Variant2Panel, { backend: few.backend })
    expect(stateText(first.wrapper)).toBe(
      'Kies minstens twee principes, dan verschijnt hier het wisselschema.',
    )
    expect(plan(first.wrapper).find('table').exists()).toBe(false)
    cleanup()

    const empty = seeded(3, [])
    const second = await mountConnected(Variant2Panel, { backend: empty.backend })
    expect(stateText(second.wrapper)).toBe(
      'Zet eerst sprekers op de principes, dan verschijnt hier het wisselschema.',
    )
    expect(plan(second.wrapper).find('table').exists()).toBe(false)
  })

  it('folds away and stays folded', async () => {
    const { backend, id } = seeded(2, ['Anna', 'Bram'])
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    const details = plan(wrapper).element as HTMLDetailsElement
    details.open = false
    await plan(wrapper).trigger('toggle')
    backend.apply({ type: 'v2/rotate', dilemmaId: id })
    await flushPromises()
    expect((plan(wrapper).element as HTMLDetailsElement).open).toBe(false)
  })

  it('speaks English when asked', async () => {
    const { backend } = seeded(2, ['Anna', 'Bram'])
    const { wrapper } = await mountConnected(Variant2Panel, { backend, locale: 'en' })
    expect(plan(wrapper).find('summary').text()).toBe('Rotation plan')
    expect(stateText(wrapper)).toBe('One more round until everyone has stood on every principle.')
    expect(rows(wrapper)[0]?.[0]).toBe('1 now')
  })
})
