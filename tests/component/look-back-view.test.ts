import { createAppI18n, type Locale } from '@common/i18n'
import { createSession } from '@core/session/default-session'
import type { LookBack, LookBackItem, Session } from '@core/session/schema'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ProjectorStage from '../../renderer/src/stage/ProjectorStage.vue'
import { LOOK_BACK, lookBackLayout } from '../../renderer/src/stage/views/look-back-layout'
import LookBackView from '../../renderer/src/stage/views/LookBackView.vue'
import { FakeBackend, TEST_NOW } from './support/fake-backend'
import { cleanup, createHarness } from './support/harness'

const mounted: (() => void)[] = []
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount()
  cleanup()
})

const ITEMS: LookBackItem[] = [
  { id: 'f1', what: 'Casus uitwerken', who: 'Anouk', due: '2025-03-14', state: 'done' },
  { id: 'f2', what: 'Werkinstructie nalopen', who: 'teamleider', due: '', state: 'in-progress' },
  { id: 'f3', what: 'Terugkoppelen aan de directie', who: '', due: '', state: 'dropped' },
  { id: 'f4', what: 'Vervolgsessie plannen', who: '', due: '2025-04-01', state: 'open' },
]
const FROM: LookBack['from'] = { title: 'Eerste sessie', date: '2025-02-13' }

function mountView(items: readonly LookBackItem[], from = FROM, locale: Locale = 'nl') {
  const wrapper = mount(LookBackView, {
    props: { from, items },
    global: { plugins: [createAppI18n(locale)] },
  })
  mounted.push(() => wrapper.unmount())
  return wrapper
}

const texts = (wrapper: ReturnType<typeof mountView>, testId: string) =>
  wrapper.findAll(`[data-testid="${testId}"]`).map((found) => found.text())

describe('LookBackView: the look-back list on the beamer', () => {
  it('heads the list with Terugblik and the previous session’s date', () => {
    const wrapper = mountView(ITEMS)
    expect(wrapper.get('h1').text()).toBe('Terugblik')
    expect(wrapper.get('[data-testid="look-back-from"]').text()).toBe(
      'Vervolgafspraken van donderdag 13 februari 2025',
    )
  })

  it('shows each follow-up with who, when and its state in words and a sign', () => {
    const wrapper = mountView(ITEMS)
    expect(texts(wrapper, 'look-back-what')).toEqual(ITEMS.map((item) => item.what))
    expect(texts(wrapper, 'look-back-meta')).toEqual([
      'gedaan · Anouk · vrijdag 14 maart 2025',
      'loopt nog · teamleider',
      'vervallen',
      'nog open · dinsdag 1 april 2025',
    ])
    expect(texts(wrapper, 'look-back-state')).toEqual([
      'gedaan',
      'loopt nog',
      'vervallen',
      'nog open',
    ])
    expect(texts(wrapper, 'look-back-sign')).toEqual(['✓', '◐', '–', '○'])
    // The sign is for the eye; a screen reader hears the word once.
    expect(wrapper.findAll('[data-testid="look-back-sign"][aria-hidden="true"]')).toHaveLength(4)
  })

  it('names the session by its title when it has no date, and in English', () => {
    const byTitle = mountView(ITEMS, { title: 'Eerste sessie', date: '' })
    expect(byTitle.get('[data-testid="look-back-from"]').text()).toBe(
      'Vervolgafspraken uit “Eerste sessie”',
    )
    const english = mountView(ITEMS, FROM, 'en')
    expect(english.get('h1').text()).toBe('Looking back')
    expect(texts(english, 'look-back-state')[1]).toBe('in progress')
    expect(english.get('[data-testid="look-back-from"]').text()).toBe(
      'Follow-ups from Thursday, 13 February 2025',
    )
  })

  it('leaves out follow-ups with nothing in them', () => {
    const blank: LookBackItem = { id: 'f9', what: ' ', who: '', due: '', state: 'open' }
    expect(texts(mountView([...ITEMS, blank]), 'look-back-item')).toHaveLength(4)
  })

  it('sums up what does not fit on the screen in one line', () => {
    const many: LookBackItem[] = Array.from({ length: 40 }, (_, index) => ({
      id: `f${index + 1}`,
      what: `Vervolgafspraak nummer ${index + 1} met wat meer uitleg erbij`,
      who: 'Anouk',
      due: '2025-03-14',
      state: 'done',
    }))
    const wrapper = mountView(many)
    const shown = texts(wrapper, 'look-back-item').length
    expect(shown).toBeLessThan(40)
    expect(wrapper.get('[data-testid="look-back-more"]').text()).toBe(
      `en nog ${40 - shown} vervolgafspraken`,
    )
  })
})

describe('lookBackLayout on the beamers in the room', () => {
  const rows = (count: number, what = 'Werkinstructie nalopen met het team') =>
    Array.from({ length: count }, (_, i) => ({
      what: `${what} ${i + 1}`,
      meta: 'loopt nog · Anouk · vrijdag 14 maart 2025',
    }))
  const BEAMERS = [4 / 3, 5 / 4, 16 / 10, 16 / 9]

  it.each(BEAMERS)('writes a few follow-ups large and all of them, at aspect %d', (aspect) => {
    expect(lookBackLayout(rows(3, 'Casus uitwerken'), aspect)).toEqual({
      fontVh: LOOK_BACK.maxFontVh,
      metaVh: 4.4,
      columns: 1,
      shown: 3,
    })
  })

  it.each(BEAMERS)('shows six follow-ups whole, never below 3.5vh, at aspect %d', (aspect) => {
    let previous = Infinity
    for (let count = 1; count <= 6; count += 1) {
      const layout = lookBackLayout(rows(count), aspect)
      expect(layout.shown).toBe(count)
      expect(layout.fontVh).toBeLessThanOrEqual(previous)
      expect(Math.min(layout.fontVh, layout.metaVh)).toBeGreaterThanOrEqual(3.5)
      previous = layout.fontVh
    }
  })

  it.each(BEAMERS)('never writes below 3.5vh, however many, at aspect %d', (aspect) => {
    for (const count of [10, 20, 60]) {
      const layout = lookBackLayout(rows(count), aspect)
      expect(layout.shown).toBeGreaterThanOrEqual(6)
      expect(Math.min(layout.fontVh, layout.metaVh)).toBe(3.5)
    }
  })

  it('uses two columns on a wide beamer once one would need small letters', () => {
    expect(lookBackLayout(rows(6), 16 / 9)).toMatchObject({ columns: 2, fontVh: 4.5, shown: 6 })
  })

  it('fits long follow-ups in letters no larger on a 4:3 beamer than on a 16:9 one', () => {
    const pairs = [1, 2, 3, 4].flatMap((repeat) =>
      [2, 3, 4, 5].map((count) => {
        const long = rows(count, 'Een lange vervolgafspraak '.repeat(repeat))
        return [lookBackLayout(long, 4 / 3).fontVh, lookBackLayout(long, 16 / 9).fontVh]
      }),
    )
    expect(pairs.every(([narrow = 0, wide = 0]) => narrow <= wide)).toBe(true)
    expect(pairs.some(([narrow = 0, wide = 0]) => narrow < wide)).toBe(true)
  })
})

describe('ProjectorStage with the look-back list', () => {
  it('shows the list in the welcome phase once the facilitator puts it up', async () => {
    const lookBack: LookBack = { from: FROM, followUps: ITEMS, shown: true }
    const session: Session = { ...createSession(TEST_NOW), lookBack }
    const backend = new FakeBackend({ session })
    const harness = await createHarness({ role: 'projector', backend })
    const wrapper = harness.mount(ProjectorStage, {
      props: { session: harness.store.session, revision: harness.store.revision },
    })
    await flushPromises()
    expect(wrapper.attributes('data-screen')).toBe('look-back')
    expect(wrapper.findAll('[data-testid="look-back-item"]')).toHaveLength(4)
  })
})
