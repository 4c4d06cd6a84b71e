import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import PaceForecast from '../../renderer/src/presenter/casework/PaceForecast.vue'
import { TEST_NOW, type FakeBackend } from './support/fake-backend'
import { cleanup, mountConnected } from './support/harness'
import { advance, clockTime, MINUTE, timedBackend, useFakeClock } from './support/timer-clock'

beforeEach(useFakeClock)
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

type Wrapper = Awaited<ReturnType<typeof mountConnected>>['wrapper']

const text = (wrapper: Wrapper, testId: string) => wrapper.get(`[data-testid="${testId}"]`).text()
/** A clock time as Dutch running text writes it before "uur". */
const uur = (minutes: number) => clockTime(TEST_NOW + minutes * MINUTE).replace(':', '.')

/**
 * The default programme begun at 0, the casework at 30 (harvest due at 90), `count` variant-2
 * dilemmas; the first two discussed by 60 (15 minutes each) and the third on the floor then.
 */
async function caseworkAt60(count: number): Promise<{ backend: FakeBackend; ids: string[] }> {
  const backend = timedBackend()
  backend.apply({ type: 'phase/go', id: 'ph1' })
  await advance(30 * MINUTE)
  backend.apply({ type: 'phase/go', id: 'ph4' })
  const titles = Array.from({ length: count }, (_, i) => `Dilemma ${i + 1}`)
  for (const title of titles) backend.apply({ type: 'dilemma/add', title, variant: 'variant2' })
  const ids = backend.host.getSnapshot().session.dilemmas.map((d) => d.id)
  for (const id of ids.slice(0, 3)) {
    backend.apply({ type: 'dilemma/make-current', id })
    if (id !== ids[2]) await advance(15 * MINUTE)
  }
  return { backend, ids }
}

describe('PaceForecast', () => {
  it('shows nothing before the casework starts', async () => {
    const backend = timedBackend()
    backend.apply({ type: 'phase/go', id: 'ph1' })
    const { wrapper } = await mountConnected(PaceForecast, { backend })
    expect(wrapper.find('[data-testid="pace-forecast"]').exists()).toBe(false)
  })

  it('says calmly that the rest fits when on time, and offers nothing', async () => {
    // 30 minutes for 2.5 dilemmas: 12 each; 6 + 2 × 12 more ends exactly at 90.
    const { backend } = await caseworkAt60(5)
    const { wrapper } = await mountConnected(PaceForecast, { backend })
    expect(text(wrapper, 'pace-sentence')).toBe(
      `In dit tempo passen alle 2 dilemma’s nog; de opbrengst begint dan op tijd, om ${uur(90)} uur.`,
    )
    expect(wrapper.get('[data-testid="pace-forecast"]').classes()).toContain('tone--plain')
    expect(wrapper.text()).toContain('Tot nu toe ongeveer 12 min per dilemma.')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('warns when late, and follows the clock', async () => {
    const { backend } = await caseworkAt60(8)
    const { wrapper } = await mountConnected(PaceForecast, { backend })
    expect(text(wrapper, 'pace-sentence')).toBe(
      `In dit tempo passen er nog 2 van de 5; de opbrengst begint dan om ${uur(90)} uur.`,
    )
    expect(text(wrapper, 'pace-all')).toBe(
      `Bespreken jullie ze alle 5, dan begint de opbrengst om ${uur(126)} uur.`,
    )
    expect(wrapper.get('[data-testid="pace-forecast"]').classes()).toContain('tone--warn')
    // Ten minutes on: 40 for 2.5 is 16 each; 8 of the current are left, 12 minutes hold none.
    await advance(10 * MINUTE)
    expect(text(wrapper, 'pace-sentence')).toBe(
      `In dit tempo past er geen van de 5 meer; de opbrengst begint dan om ${uur(90)} uur.`,
    )
  })

  it('shortens the rounds to what makes the rest fit, once, and undo brings the offer back', async () => {
    const { backend } = await caseworkAt60(8)
    backend.apply({ type: 'timer/settings', roundMinutes: 30 })
    const { wrapper, store } = await mountConnected(PaceForecast, { backend })
    // 36 minutes over; the discussed dilemmas had one round each, so 5 × 1 minute per minute cut.
    const button = wrapper.get('[data-testid="pace-shorten"]')
    expect(button.text()).toBe('Rondes inkorten naar 22 min')
    expect(wrapper.text()).toContain('zet de lengte van een ronde van 30 op 22 min')
    await button.trigger('click')
    await advance(0)
    expect(backend.dispatched.at(-1)).toEqual({ type: 'timer/settings', roundMinutes: 22 })
    expect(store.session?.timerSettings.roundMinutes).toBe(22)
    // The measured pace is still that of the longer rounds: no second cut on top.
    expect(wrapper.get('[data-testid="pace-shorten"]').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Rondes zijn ingekort naar 22 min.')

    await store.dispatch({ type: 'history/undo' })
    await advance(0)
    expect(store.session?.timerSettings.roundMinutes).toBe(30)
    expect(wrapper.get('[data-testid="pace-shorten"]').text()).toBe('Rondes inkorten naar 22 min')
  })

  it('says the rounds cannot get shorter, and hides the offer for variant 1', async () => {
    const { backend, ids } = await caseworkAt60(8)
    backend.apply({ type: 'timer/settings', roundMinutes: 1 })
    const { wrapper } = await mountConnected(PaceForecast, { backend })
    expect(wrapper.get('[data-testid="pace-shorten"]').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Rondes duren al zo kort als kan (1 min).')
    for (const id of ids.slice(3)) backend.apply({ type: 'dilemma/edit', id, variant: 'variant1' })
    await advance(0)
    expect(wrapper.find('[data-testid="pace-shorten"]').exists()).toBe(false)
  })

  it('moves what does not fit to one follow-up and leaves the dilemmas where they are', async () => {
    const { backend } = await caseworkAt60(8)
    const { wrapper, store } = await mountConnected(PaceForecast, { backend })
    const what = 'Bespreken in een volgende sessie: ‘Dilemma 6’, ‘Dilemma 7’ en ‘Dilemma 8’'
    expect(wrapper.text()).toContain('als stof voor een volgende sessie: ‘Dilemma 6’')
    await wrapper.get('[data-testid="pace-followup"]').trigger('click')
    await advance(0)
    expect(backend.dispatched.at(-1)).toEqual({ type: 'harvest/add-followup', what })
    const session = store.session
    expect(session?.harvest.followUps.map((f) => f.what)).toEqual([what])
    expect(session?.dilemmas.slice(3).map((d) => d.status)).toEqual(Array(5).fill('queued'))
    // Adding the same again would only repeat it.
    expect(wrapper.get('[data-testid="pace-followup"]').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Staat bij de vervolgafspraken.')
  })

  it('speaks English with English clock times', async () => {
    const { backend } = await caseworkAt60(8)
    const { wrapper } = await mountConnected(PaceForecast, { backend, locale: 'en' })
    expect(text(wrapper, 'pace-sentence')).toBe(
      `At this pace 2 of the 5 still fit; the harvest then starts at ${clockTime(TEST_NOW + 90 * MINUTE)}.`,
    )
  })
})
