import { defaultPrinciples } from '@core/session/default-session'
import type { Dilemma } from '@core/session/schema'
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
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

function dilemmaOf(backend: FakeBackend, id: string): Dilemma {
  const found = session(backend).dilemmas.find((d) => d.id === id)
  if (!found) throw new Error(`no dilemma ${id}`)
  return found
}

/** A current variant-2 dilemma on three principles with Anna, Bram and Chris on the floor. */
function seeded(names: readonly string[] = NAMES) {
  const backend = new FakeBackend()
  backend.apply({ type: 'participant/add-many', names: [...names] })
  backend.apply({ type: 'dilemma/add', title: 'Uitstel voor een burger', variant: 'variant2' })
  const id = session(backend).dilemmas[0]?.id ?? ''
  backend.apply({ type: 'dilemma/make-current', id })
  const principleIds = deck.slice(0, 3).map((p) => p.id)
  backend.apply({ type: 'v2/set-principles', dilemmaId: id, principleIds })
  names.slice(0, 3).forEach((name, slot) =>
    backend.apply({
      type: 'v2/assign',
      dilemmaId: id,
      slot,
      participantId: personId(backend, name),
    }),
  )
  return { backend, id }
}

const notesSection = (wrapper: VueWrapper) => wrapper.find('[data-testid="v2-round-notes"]')

/** The field whose label (with the hidden context screen readers hear) reads exactly `name`. */
function fieldNamed(wrapper: VueWrapper, name: string): DOMWrapper<HTMLTextAreaElement> {
  const labels = wrapper.findAll('label').filter((label) => label.text() === name)
  if (labels.length !== 1) throw new Error(`expected one field "${name}", found ${labels.length}`)
  return wrapper.find<HTMLTextAreaElement>(`#${labels[0]?.attributes('for') ?? 'none'}`)
}

async function type(field: DOMWrapper<HTMLTextAreaElement>, text: string): Promise<void> {
  await field.trigger('focus')
  await field.setValue(text)
  await field.trigger('blur')
  await flushPromises()
}

describe('notes per round', () => {
  it('shows the current round’s speakers with their principle, and keeps what each said', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    const section = notesSection(wrapper)
    expect(section.find('h3').text()).toBe('4. Nabespreking van ronde 1')
    const legends = section.findAll('[data-testid="v2-speaker-notes"] legend').map((l) => l.text())
    expect(legends).toEqual(
      ['Anna', 'Bram', 'Chris'].map((name, slot) => `${name} · ${deck[slot]?.name}`),
    )

    await type(fieldNamed(wrapper, 'Wat ging goed, Bram'), 'Bleef rustig')
    await type(fieldNamed(wrapper, 'Wat vond je moeilijk, Bram'), 'Niet meteen oordelen')

    const bram = personId(backend, 'Bram')
    expect(backend.dispatched).toContainEqual({
      type: 'v2/set-speaker-note',
      dilemmaId: id,
      round: 0,
      participantId: bram,
      field: 'good',
      text: 'Bleef rustig',
    })
    expect(dilemmaOf(backend, id).roundNotes[0]?.speakers[bram]).toEqual({
      good: 'Bleef rustig',
      hard: 'Niet meteen oordelen',
    })
    // The case as a whole keeps its own fields.
    expect(dilemmaOf(backend, id).good).toBe('')
  })

  it('keeps the observeerders’ tops and tips per round', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    await type(fieldNamed(wrapper, 'Tops van de observeerders'), 'Goed doorgevraagd')
    await type(fieldNamed(wrapper, 'Tips van de observeerders'), 'Meer stiltes laten vallen')

    expect(backend.dispatched).toContainEqual({
      type: 'v2/set-round-text',
      dilemmaId: id,
      round: 0,
      field: 'tips',
      text: 'Meer stiltes laten vallen',
    })
    const notes = dilemmaOf(backend, id).roundNotes[0]
    expect([notes?.tops, notes?.tips]).toEqual(['Goed doorgevraagd', 'Meer stiltes laten vallen'])
    expect(dilemmaOf(backend, id).tops).toBe('')
  })

  it('sends quick typing as one command, and wins over snapshots while typing', async () => {
    const { backend } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    const field = fieldNamed(wrapper, 'Wat ging goed, Anna')

    await field.trigger('focus')
    for (const text of ['G', 'Go', 'Goe', 'Goed']) await field.setValue(text)
    expect(field.element.value).toBe('Goed')
    await field.trigger('blur')
    await flushPromises()

    const notes = backend.dispatched.filter((c) => c.type === 'v2/set-speaker-note')
    expect(notes.map((c) => ('text' in c ? c.text : null))).toEqual(['Goed'])
  })

  it('opens an earlier round from the history and writes there, then goes back', async () => {
    const { backend, id } = seeded()
    backend.apply({ type: 'v2/rotate', dilemmaId: id })
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(notesSection(wrapper).find('h3').text()).toBe('4. Nabespreking van ronde 2')
    expect(notesSection(wrapper).text()).toContain('de ronde van nu')
    // Round 2: everyone moved one principle on.
    expect(notesSection(wrapper).find('legend').text()).toBe(`Chris · ${deck[0]?.name}`)

    const open = buttonByText(wrapper, 'Nabespreking van ronde 1')
    expect(open.attributes('aria-pressed')).toBe('false')
    await open.trigger('click')
    await flushPromises()

    const section = notesSection(wrapper)
    expect(section.find('h3').text()).toBe('4. Nabespreking van ronde 1')
    expect(document.activeElement).toBe(section.find('h3').element)
    expect(section.find('legend').text()).toBe(`Anna · ${deck[0]?.name}`)
    expect(buttonByText(wrapper, 'Nabespreking van ronde 1').attributes('aria-pressed')).toBe(
      'true',
    )
    await type(fieldNamed(wrapper, 'Wat ging goed, Anna'), 'Eerste ronde: helder')
    expect(dilemmaOf(backend, id).roundNotes[0]?.speakers[personId(backend, 'Anna')]?.good).toBe(
      'Eerste ronde: helder',
    )
    expect(dilemmaOf(backend, id).roundNotes[1]).toBeUndefined()

    await buttonByText(wrapper, 'Terug naar ronde 2 (nu)').trigger('click')
    await flushPromises()
    expect(notesSection(wrapper).find('h3').text()).toBe('4. Nabespreking van ronde 2')
    expect(fieldNamed(wrapper, 'Wat ging goed, Anna').element.value).toBe('')
  })

  it('keeps a draft on the round it was typed for when the next round starts', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    const field = fieldNamed(wrapper, 'Wat vond je moeilijk, Chris')
    await field.trigger('focus')
    await field.setValue('Tijd bewaken')

    await buttonByText(wrapper, 'Van principe wisselen').trigger('click')
    await flushPromises()

    expect(dilemmaOf(backend, id).variant2.rounds).toHaveLength(2)
    expect(dilemmaOf(backend, id).roundNotes[0]?.speakers[personId(backend, 'Chris')]?.hard).toBe(
      'Tijd bewaken',
    )
    expect(notesSection(wrapper).find('h3').text()).toBe('4. Nabespreking van ronde 2')
    expect(fieldNamed(wrapper, 'Wat vond je moeilijk, Chris').element.value).toBe('')
  })

  it('puts the round’s tops and tips on the beamer and back, and a new round clears it', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    const state = () => wrapper.find('[data-testid="v2-round-notes-state"]')
    expect(state().attributes('role')).toBe('status')
    expect(state().text()).toBe('')

    const toggle = wrapper.find<HTMLButtonElement>('[data-testid="v2-round-notes-beamer"]')
    expect(toggle.text()).toBe('Tops en tips van ronde 1 op de beamer')
    await toggle.trigger('click')
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({
      type: 'v2/show-round-notes',
      dilemmaId: id,
      round: 0,
    })
    expect(dilemmaOf(backend, id).roundNotesShown).toBe(0)
    expect(state().text()).toBe('Op de beamer: tops en tips van ronde 1')
    expect(toggle.text()).toBe('Terug naar de sprekers')

    await toggle.trigger('click')
    await flushPromises()
    expect(backend.dispatched.at(-1)).toEqual({
      type: 'v2/show-round-notes',
      dilemmaId: id,
      round: null,
    })
    expect(state().text()).toBe('')

    await toggle.trigger('click')
    await flushPromises()
    backend.apply({ type: 'v2/rotate', dilemmaId: id })
    await flushPromises()
    expect(dilemmaOf(backend, id).roundNotesShown).toBeNull()
    expect(state().text()).toBe('')
    expect(wrapper.find('[data-testid="v2-round-notes-beamer"]').text()).toBe(
      'Tops en tips van ronde 2 op de beamer',
    )
  })

  it('says which round the beamer shows while another round is open', async () => {
    const { backend, id } = seeded()
    backend.apply({ type: 'v2/rotate', dilemmaId: id })
    backend.apply({ type: 'v2/show-round-notes', dilemmaId: id, round: 1 })
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    await buttonByText(wrapper, 'Nabespreking van ronde 1').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="v2-round-notes-state"]').text()).toBe(
      'Op de beamer: tops en tips van ronde 2',
    )
    await buttonByText(wrapper, 'Terug naar de sprekers').trigger('click')
    await flushPromises()
    expect(dilemmaOf(backend, id).roundNotesShown).toBeNull()
  })

  it('keeps showing notes of someone who was swapped out of the round afterwards', async () => {
    const { backend, id } = seeded()
    const anna = personId(backend, 'Anna')
    backend.apply({
      type: 'v2/set-speaker-note',
      dilemmaId: id,
      round: 0,
      participantId: anna,
      field: 'good',
      text: 'Goed begin',
    })
    backend.apply({
      type: 'v2/assign',
      dilemmaId: id,
      slot: 0,
      participantId: personId(backend, 'Eva'),
    })
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    const legends = notesSection(wrapper)
      .findAll('legend')
      .map((l) => l.text())
    expect(legends).toContain(`Eva · ${deck[0]?.name}`)
    expect(legends).toContain('Anna · staat niet meer in deze ronde')
    expect(fieldNamed(wrapper, 'Wat ging goed, Anna').element.value).toBe('Goed begin')
  })

  it('says so when nobody stood on a principle in the round', async () => {
    const backend = new FakeBackend()
    backend.apply({ type: 'dilemma/add', title: 'Leeg', variant: 'variant2' })
    backend.apply({ type: 'dilemma/make-current', id: session(backend).dilemmas[0]?.id ?? '' })
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(notesSection(wrapper).text()).toContain('In deze ronde stond niemand op een principe.')
    expect(fieldNamed(wrapper, 'Tops van de observeerders').exists()).toBe(true)
  })

  it('shows hostile names as plain text', async () => {
    const hostile = '<img src=x onerror="alert(1)">'
    const { backend } = seeded([hostile, 'Bram', 'Chris'])
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(notesSection(wrapper).find('legend').text()).toContain(hostile)
  })

  it('speaks English when asked', async () => {
    const { backend } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend, locale: 'en' })
    expect(notesSection(wrapper).find('h3').text()).toBe('4. Looking back on round 1')
    expect(fieldNamed(wrapper, 'What went well, Anna').exists()).toBe(true)
    expect(fieldNamed(wrapper, 'Tips from the observers').exists()).toBe(true)
    expect(wrapper.find('[data-testid="v2-round-notes-beamer"]').text()).toBe(
      'Tops and tips of round 1 on the beamer',
    )
  })
})
