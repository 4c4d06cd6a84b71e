import type { CommandInput } from '@core/commands/schema'
import { defaultPrinciples } from '@core/session/default-session'
import type { Dilemma, Session } from '@core/session/schema'
import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import Variant2Panel from '../../renderer/src/presenter/casework/Variant2Panel.vue'
import { FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const deck = defaultPrinciples()
const NAMES = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva', 'Fatima']

function session(backend: FakeBackend): Session {
  return backend.host.getSnapshot().session
}

function participantId(backend: FakeBackend, name: string): string {
  const found = session(backend).participants.find((p) => p.name === name)
  if (!found) throw new Error(`no participant ${name}`)
  return found.id
}

function dilemmaById(backend: FakeBackend, id: string): Dilemma {
  const found = session(backend).dilemmas.find((d) => d.id === id)
  if (!found) throw new Error(`no dilemma ${id}`)
  return found
}

/** A backend with participants and a current variant-2 dilemma. */
function seeded(names: readonly string[] = NAMES) {
  const backend = new FakeBackend()
  if (names.length > 0) backend.apply({ type: 'participant/add-many', names: [...names] })
  backend.apply({
    type: 'dilemma/add',
    title: 'Een burger vraagt om uitstel',
    description: 'De termijn is verlopen, maar de situatie is schrijnend.',
    contributor: 'Sanne',
    variant: 'variant2',
  })
  const [id] = session(backend).dilemmas.map((d) => d.id)
  if (!id) throw new Error('no dilemma')
  backend.apply({ type: 'dilemma/make-current', id })
  return { backend, id }
}

function choose(backend: FakeBackend, id: string, count: number): string[] {
  const principleIds = deck.slice(0, count).map((p) => p.id)
  backend.apply({ type: 'v2/set-principles', dilemmaId: id, principleIds })
  return principleIds
}

function chip(wrapper: VueWrapper, principleId: string): DOMWrapper<HTMLButtonElement> {
  return wrapper.find<HTMLButtonElement>(`button[data-principle-id="${principleId}"]`)
}

function slotSelect(wrapper: VueWrapper, slot: number): DOMWrapper<HTMLSelectElement> {
  return wrapper.find<HTMLSelectElement>(`li[data-slot="${slot}"] select`)
}

function speakerNames(backend: FakeBackend, id: string): (string | null)[] {
  const participants = session(backend).participants
  const rounds = dilemmaById(backend, id).variant2.rounds
  return (rounds.at(-1)?.speakers ?? []).map(
    (pid) => participants.find((p) => p.id === pid)?.name ?? null,
  )
}

function lastDispatched(backend: FakeBackend): CommandInput | undefined {
  return backend.dispatched.at(-1)
}

describe('Variant2Panel without a current dilemma', () => {
  it('offers to start the first queued dilemma', async () => {
    const backend = new FakeBackend()
    const [first] = backend.seedDilemmas('Eerste dilemma', 'Tweede dilemma')
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    expect(wrapper.text()).toContain('Er is nog geen dilemma aan de beurt.')
    expect(wrapper.text()).toContain('Eerste dilemma')
    await buttonByText(wrapper, 'Eerste dilemma uit de lijst bespreken').trigger('click')
    await flushPromises()

    expect(backend.dispatched).toEqual([{ type: 'dilemma/make-current', id: first }])
    expect(session(backend).currentDilemmaId).toBe(first)
    expect(wrapper.find('h3').text()).toBe('Eerste dilemma')
  })

  it('says so when nothing is waiting', async () => {
    const { wrapper } = await mountConnected(Variant2Panel)
    expect(wrapper.text()).toContain('Er wachten geen dilemma’s.')
    expect(wrapper.findAll('button')).toHaveLength(0)
  })
})

describe('Variant2Panel', () => {
  it('shows the dilemma with its description and contributor', async () => {
    const { backend } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    expect(wrapper.find('h2').text()).toBe('Variant 2: vier principes, vier sprekers')
    expect(wrapper.find('h3').text()).toBe('Een burger vraagt om uitstel')
    expect(wrapper.text()).toContain('De termijn is verlopen, maar de situatie is schrijnend.')
    expect(wrapper.text()).toContain('Ingebracht door Sanne')
    expect(wrapper.text()).toContain('Ronde 1')
  })

  it('chooses at most four principles, numbered in the order of choosing', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(wrapper.text()).toContain('Kies samen de vier belangrijkste principes')
    const order = [deck[3], deck[0], deck[5], deck[1]].map((p) => p?.id ?? '')

    for (const principleId of order) {
      await chip(wrapper, principleId).trigger('click')
      await flushPromises()
    }

    expect(dilemmaById(backend, id).variant2.principleIds).toEqual(order)
    order.forEach((principleId, slot) => {
      expect(chip(wrapper, principleId).attributes('aria-pressed')).toBe('true')
      expect(chip(wrapper, principleId).find('.chip__slot [aria-hidden]').text()).toBe(
        String(slot + 1),
      )
    })
    const fifth = chip(wrapper, deck[2]?.id ?? '')
    expect(fifth.element.disabled).toBe(true)
    expect(fifth.attributes('aria-pressed')).toBe('false')
    expect(wrapper.text()).toContain('Er zijn al vier principes gekozen.')

    // Deselecting one frees a place; the others keep their order.
    await chip(wrapper, order[1] ?? '').trigger('click')
    await flushPromises()
    expect(dilemmaById(backend, id).variant2.principleIds).toEqual([order[0], order[2], order[3]])
    expect(fifth.element.disabled).toBe(false)
    expect(wrapper.text()).not.toContain('Er zijn al vier principes gekozen.')
    expect(
      chip(wrapper, order[2] ?? '')
        .find('.chip__slot [aria-hidden]')
        .text(),
    ).toBe('2')
  })

  it('assigns speakers per principle and swaps someone who already stands elsewhere', async () => {
    const { backend, id } = seeded()
    const principleIds = choose(backend, id, 4)
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    expect(wrapper.find('li[data-slot="0"] label').text()).toBe(`Plek 1: ${deck[0]?.name}`)
    const options = slotSelect(wrapper, 0).findAll('option')
    expect(options.map((o) => o.text())).toEqual(['— niemand —', ...NAMES])

    await slotSelect(wrapper, 0).setValue(participantId(backend, 'Anna'))
    await flushPromises()
    await slotSelect(wrapper, 1).setValue(participantId(backend, 'Bram'))
    await flushPromises()
    expect(speakerNames(backend, id)).toEqual(['Anna', 'Bram', null, null])

    await slotSelect(wrapper, 1).setValue(participantId(backend, 'Anna'))
    await flushPromises()
    expect(lastDispatched(backend)).toEqual({
      type: 'v2/assign',
      dilemmaId: id,
      slot: 1,
      participantId: participantId(backend, 'Anna'),
    })
    expect(speakerNames(backend, id)).toEqual(['Bram', 'Anna', null, null])
    expect(slotSelect(wrapper, 0).element.value).toBe(participantId(backend, 'Bram'))
    expect(slotSelect(wrapper, 1).element.value).toBe(participantId(backend, 'Anna'))

    await slotSelect(wrapper, 0).setValue('')
    await flushPromises()
    expect(speakerNames(backend, id)).toEqual([null, 'Anna', null, null])
    expect(principleIds).toHaveLength(4)
  })

  it('marks who already spoke in an earlier dilemma', async () => {
    const { backend, id } = seeded()
    const [earlier] = backend.seedDilemmas('Eerder dilemma')
    backend.apply({
      type: 'v2/assign',
      dilemmaId: earlier ?? '',
      slot: 0,
      participantId: participantId(backend, 'Chris'),
    })
    choose(backend, id, 4)
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    const labels = slotSelect(wrapper, 2)
      .findAll('option')
      .map((o) => o.text())
    expect(labels).toContain('Chris (heeft al gesproken)')
    expect(labels).toContain('Anna')

    // Standing on the floor for this dilemma, even after a rotation, is not "already spoken".
    await slotSelect(wrapper, 0).setValue(participantId(backend, 'Anna'))
    await flushPromises()
    await buttonByText(wrapper, 'Van principe wisselen').trigger('click')
    await flushPromises()
    const after = slotSelect(wrapper, 1)
      .findAll('option')
      .map((o) => o.text())
    expect(after).toContain('Anna')
    expect(after).not.toContain('Anna (heeft al gesproken)')
    expect(after).toContain('Chris (heeft al gesproken)')
  })

  it('"Vier sprekers kiezen die nog niet aan het woord waren" picks only people who have not spoken', async () => {
    const { backend, id } = seeded()
    const [earlier] = backend.seedDilemmas('Eerder dilemma')
    const earlierId = earlier ?? ''
    for (const [slot, name] of ['Anna', 'Chris'].entries())
      backend.apply({
        type: 'v2/assign',
        dilemmaId: earlierId,
        slot,
        participantId: participantId(backend, name),
      })
    backend.apply({
      type: 'v2/set-principles',
      dilemmaId: earlierId,
      principleIds: [deck[0]?.id ?? '', deck[1]?.id ?? ''],
    })
    backend.apply({ type: 'v2/rotate', dilemmaId: earlierId })
    choose(backend, id, 4)
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    await buttonByText(wrapper, 'Vier sprekers kiezen die nog niet aan het woord waren').trigger(
      'click',
    )
    await flushPromises()

    const command = lastDispatched(backend)
    expect(command?.type).toBe('v2/pick-speakers')
    expect(command && 'seed' in command ? typeof command.seed : null).toBe('number')
    const picked = speakerNames(backend, id)
    expect([...picked].sort()).toEqual(['Bram', 'Dewi', 'Eva', 'Fatima'])
  })

  it('proposes four speakers while the round is empty; "Overnemen" takes exactly those', async () => {
    const { backend, id } = seeded()
    choose(backend, id, 4)
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    const proposal = wrapper.find('[data-testid="v2-proposal"]')
    expect(proposal.exists()).toBe(true)
    const shown = proposal.findAll('.proposal__name').map((n) => n.text())
    expect(shown).toHaveLength(4)
    expect(new Set(shown).size).toBe(4)
    expect(proposal.find('li[data-slot="0"]').text()).toContain(deck[0]?.name ?? '')

    await buttonByText(wrapper, 'Overnemen').trigger('click')
    await flushPromises()

    expect(speakerNames(backend, id)).toEqual(shown)
    expect(wrapper.find('[data-testid="v2-proposal"]').exists()).toBe(false)
  })

  it('"Ander voorstel" draws a new seed, and "Overnemen" sends the seed that was shown', async () => {
    const seeds = [11, 22]
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array: ArrayBufferView) => {
      if (array instanceof Uint32Array) array[0] = seeds.shift() ?? 99
      return array
    })
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    await buttonByText(wrapper, 'Ander voorstel').trigger('click')
    await flushPromises()
    const shown = wrapper.findAll('.proposal__name').map((n) => n.text())
    await buttonByText(wrapper, 'Overnemen').trigger('click')
    await flushPromises()

    expect(lastDispatched(backend)).toEqual({ type: 'v2/pick-speakers', dilemmaId: id, seed: 22 })
    expect(speakerNames(backend, id)).toEqual(shown)
  })

  it('rotates: a new round, everyone one principle on, and the history shows the last round', async () => {
    const { backend, id } = seeded()
    choose(backend, id, 4)
    NAMES.slice(0, 4).forEach((name, slot) =>
      backend.apply({
        type: 'v2/assign',
        dilemmaId: id,
        slot,
        participantId: participantId(backend, name),
      }),
    )
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(wrapper.find('[data-testid="v2-round"]').text()).toBe('Ronde 1')
    expect(wrapper.find('[data-testid="v2-history"]').exists()).toBe(false)

    await buttonByText(wrapper, 'Van principe wisselen').trigger('click')
    await flushPromises()

    expect(dilemmaById(backend, id).variant2.rounds).toHaveLength(2)
    expect(speakerNames(backend, id)).toEqual(['Dewi', 'Anna', 'Bram', 'Chris'])
    expect(wrapper.find('[data-testid="v2-round"]').text()).toBe('Ronde 2')
    const history = wrapper.findAll('[data-testid="v2-history"] li')
    expect(history).toHaveLength(1)
    expect(history[0]?.attributes('data-round')).toBe('1')
    expect(history[0]?.text()).toContain('Ronde 1')
    const places = (history[0]?.findAll('.history__place') ?? []).map((place) => [
      place.find('.history__principle').text(),
      place.find('.history__speaker').text(),
    ])
    expect(places).toEqual([
      [`${deck[0]?.name}:`, 'Anna'],
      [`${deck[1]?.name}:`, 'Bram'],
      [`${deck[2]?.name}:`, 'Chris'],
      [`${deck[3]?.name}:`, 'Dewi'],
    ])
    expect(slotSelect(wrapper, 0).element.value).toBe(participantId(backend, 'Dewi'))
  })

  it('cannot rotate with fewer than two principles', async () => {
    const { backend, id } = seeded()
    choose(backend, id, 1)
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(buttonByText(wrapper, 'Van principe wisselen').element.disabled).toBe(true)
    expect(wrapper.text()).toContain('minstens twee principes')
  })

  it('lists the present participants who are not speaking as observers', async () => {
    const { backend, id } = seeded()
    backend.apply({
      type: 'participant/set-present',
      id: participantId(backend, 'Fatima'),
      present: false,
    })
    choose(backend, id, 4)
    ;['Anna', 'Bram', 'Chris'].forEach((name, slot) =>
      backend.apply({
        type: 'v2/assign',
        dilemmaId: id,
        slot,
        participantId: participantId(backend, name),
      }),
    )
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    const observers = wrapper.find('[data-testid="v2-observers"]')
    expect(observers.find('h4').text()).toBe('Observeerders (2)')
    expect(observers.findAll('li').map((li) => li.text())).toEqual(['Dewi', 'Eva'])
  })

  it('kindly says when fewer than four participants are present', async () => {
    const { backend } = seeded(['Anna', 'Bram', 'Chris'])
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(wrapper.find('[data-testid="v2-fewer"]').text()).toBe(
      'Er zijn 3 deelnemers aanwezig. Voor vier sprekers zijn er vier nodig; met minder kan het ook.',
    )
  })

  it('asks for participants when nobody is present, without a proposal', async () => {
    const { backend } = seeded([])
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    expect(wrapper.text()).toContain('Nog geen deelnemers aanwezig.')
    expect(wrapper.find('[data-testid="v2-proposal"]').exists()).toBe(false)
    expect(
      buttonByText(wrapper, 'Vier sprekers kiezen die nog niet aan het woord waren').element
        .disabled,
    ).toBe(true)
  })

  it('saves the speakers’ and observers’ reflections with dilemma/set-text', async () => {
    const { backend, id } = seeded()
    const { wrapper } = await mountConnected(Variant2Panel, { backend })
    const fields: [string, 'good' | 'hard' | 'tops' | 'tips', string][] = [
      ['Wat ging goed', 'good', 'Goed geluisterd'],
      ['Wat vond je moeilijk', 'hard', 'Niet meteen oordelen'],
      ['Tops', 'tops', 'Rustig tempo'],
      ['Tips', 'tips', 'Vaker doorvragen'],
    ]

    for (const [label, , text] of fields) {
      const labelEl = wrapper.findAll('label').find((l) => l.text() === label)
      const textarea = wrapper.find<HTMLTextAreaElement>(`#${labelEl?.attributes('for') ?? 'x'}`)
      await textarea.trigger('focus')
      await textarea.setValue(text)
      await textarea.trigger('blur')
      await flushPromises()
    }

    for (const [, field, text] of fields) {
      expect(backend.dispatched).toContainEqual({ type: 'dilemma/set-text', id, field, text })
      expect(dilemmaById(backend, id)[field]).toBe(text)
    }
  })

  it('keeps the notes per round apart from the notes on the whole case', async () => {
    const { backend, id } = seeded()
    choose(backend, id, 4)
    NAMES.slice(0, 4).forEach((name, slot) =>
      backend.apply({
        type: 'v2/assign',
        dilemmaId: id,
        slot,
        participantId: participantId(backend, name),
      }),
    )
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    const headings = wrapper.findAll('h3').map((h) => h.text())
    expect(headings).toContain('4. Nabespreking van ronde 1')
    expect(headings).toContain('5. Nabespreking over de hele casus')
    // With four speakers on the floor, the case's own fields still have a name of their own.
    for (const label of ['Wat ging goed', 'Wat vond je moeilijk', 'Tops', 'Tips'])
      expect(wrapper.findAll('label').filter((l) => l.text() === label)).toHaveLength(1)
    expect(
      wrapper.findAll('label').filter((l) => l.text().startsWith('Wat ging goed,')),
    ).toHaveLength(4)
    expect(wrapper.find('[data-testid="v2-plan"]').exists()).toBe(true)
  })

  it('shows hostile names as plain text', async () => {
    const hostile = '<img src=x onerror="alert(1)">'
    const { backend, id } = seeded([hostile, 'Bram'])
    choose(backend, id, 2)
    backend.apply({
      type: 'v2/assign',
      dilemmaId: id,
      slot: 0,
      participantId: participantId(backend, hostile),
    })
    backend.apply({ type: 'v2/rotate', dilemmaId: id })
    const { wrapper } = await mountConnected(Variant2Panel, { backend })

    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('[data-testid="v2-history"]').text()).toContain(hostile)
    expect(wrapper.find('[data-testid="v2-observers"]').text()).toContain('Bram')
  })

  it('speaks English when asked', async () => {
    const { backend, id } = seeded(['Anna', 'Bram'])
    choose(backend, id, 4)
    const { wrapper } = await mountConnected(Variant2Panel, { backend, locale: 'en' })
    expect(wrapper.find('h2').text()).toBe('Variant 2: four principles, four speakers')
    expect(wrapper.text()).toContain('Choose the four most important principles together')
    expect(wrapper.find('[data-testid="v2-round"]').text()).toBe('Round 1')
    expect(wrapper.find('[data-testid="v2-fewer"]').text()).toContain('2 participants are present')
    expect(buttonByText(wrapper, 'Take over').exists()).toBe(true)
    expect(slotSelect(wrapper, 0).find('option').text()).toBe('— nobody —')
  })
})
