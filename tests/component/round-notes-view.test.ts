import { createAppI18n, type Locale } from '@common/i18n'
import { projectorScreen } from '@core/session/projector-screen'
import type { Dilemma, Session } from '@core/session/schema'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ROUND_NOTES,
  roundNotesLayout,
  wrappedLines,
} from '../../renderer/src/stage/views/round-notes-layout'
import RoundNotesView from '../../renderer/src/stage/views/RoundNotesView.vue'
import { FakeBackend } from './support/fake-backend'

const mounted: (() => void)[] = []
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount()
})

const TITLE = 'Mag ik een collega corrigeren waar de burger bij is?'

/** A variant-2 dilemma in the casework with round `round` (from 0) noted and shown. */
function shownNotes(tops: string, tips: string, round = 0) {
  const backend = new FakeBackend()
  const [id = ''] = backend.seedDilemmas(TITLE)
  backend.apply({ type: 'dilemma/edit', id, variant: 'variant2' })
  backend.apply({ type: 'dilemma/make-current', id })
  const phase = backend.host.getSnapshot().session.phases.find((p) => p.kind === 'casework')
  backend.apply({ type: 'phase/go', id: phase?.id ?? '' })
  const principleIds = backend.host
    .getSnapshot()
    .session.principles.slice(0, 4)
    .map((p) => p.id)
  backend.apply({ type: 'v2/set-principles', dilemmaId: id, principleIds })
  for (let r = 0; r < round; r += 1) backend.apply({ type: 'v2/rotate', dilemmaId: id })
  if (tops)
    backend.apply({ type: 'v2/set-round-text', dilemmaId: id, round, field: 'tops', text: tops })
  if (tips)
    backend.apply({ type: 'v2/set-round-text', dilemmaId: id, round, field: 'tips', text: tips })
  backend.apply({ type: 'v2/show-round-notes', dilemmaId: id, round })
  const session: Session = backend.host.getSnapshot().session
  const screen = projectorScreen(session)
  if (screen.kind !== 'round-notes') throw new Error(`expected the round notes, got ${screen.kind}`)
  const { kind, ...props } = screen
  return props
}

function mountNotes(
  props: { dilemma: Dilemma; round: number; tops: string; tips: string },
  locale: Locale = 'nl',
): VueWrapper {
  const wrapper = mount(RoundNotesView, { props, global: { plugins: [createAppI18n(locale)] } })
  mounted.push(() => wrapper.unmount())
  return wrapper
}

/** The heading as read: its non-breaking spaces as plain ones. */
const headingOf = (wrapper: VueWrapper) =>
  wrapper
    .get('[data-testid="round-notes-heading"]')
    .text()
    .replace(/\u00a0/g, ' ')

const column = (wrapper: VueWrapper, field: 'tops' | 'tips') =>
  wrapper.get(`[data-testid="round-notes-${field}"]`)

describe('RoundNotesView', () => {
  it('heads the screen with the round and the dilemma, and shows tops and tips side by side', () => {
    const wrapper = mountNotes(shownNotes('Goed doorgevraagd', 'Meer stiltes laten vallen'))
    expect(headingOf(wrapper)).toBe('Ronde 1 — tops en tips')
    expect(wrapper.get('[data-testid="projector-dilemma"]').text()).toBe(TITLE)
    expect(column(wrapper, 'tops').get('h2').text()).toBe('Tops')
    expect(column(wrapper, 'tops').get('.column__text').text()).toBe('Goed doorgevraagd')
    expect(column(wrapper, 'tips').get('h2').text()).toBe('Tips')
    expect(column(wrapper, 'tips').get('.column__text').text()).toBe('Meer stiltes laten vallen')
    expect(wrapper.find('[data-testid="round-notes-empty"]').exists()).toBe(false)
  })

  it('counts the rounds from 1, as the room does', () => {
    const wrapper = mountNotes(shownNotes('Top', '', 2))
    expect(headingOf(wrapper)).toBe('Ronde 3 — tops en tips')
    const english = mountNotes(shownNotes('Top', '', 2), 'en')
    expect(headingOf(english)).toBe('Round 3 — tops and tips')
  })

  it('shows a quiet "nog niets" in a column nobody wrote in yet, also when only spaces were typed', () => {
    const wrapper = mountNotes(shownNotes('', 'Samenvatten voor je reageert'))
    expect(column(wrapper, 'tops').get('[data-testid="round-notes-empty"]').text()).toBe(
      'nog niets',
    )
    expect(column(wrapper, 'tops').find('.column__text').exists()).toBe(false)
    expect(column(wrapper, 'tips').find('[data-testid="round-notes-empty"]').exists()).toBe(false)

    const blank = mountNotes({ ...shownNotes('x', ''), tops: '  \n ' })
    expect(blank.findAll('[data-testid="round-notes-empty"]')).toHaveLength(2)
  })

  it('keeps the lines as typed', () => {
    const typed = 'Goed doorgevraagd\nRustig tempo\n\nOok de stilte benut'
    const wrapper = mountNotes(shownNotes(typed, ''))
    const text = column(wrapper, 'tops').get('.column__text')
    // white-space: pre-line in the styles shows these newlines as lines.
    expect(text.element.textContent).toBe(typed)
  })

  it('writes short notes large and long ones smaller, clamped at whole lines at the smallest size', async () => {
    const short = mountNotes(shownNotes('Goed doorgevraagd', 'Meer stilte'))
    await flushPromises()
    const shortSize = Number(short.attributes('data-font-vh'))
    expect(shortSize).toBe(ROUND_NOTES.maxFontVh)
    expect((short.element as HTMLElement).style.getPropertyValue('--notes-size')).toBe(
      `${shortSize}cqh`,
    )

    const paragraph = 'De spreker vatte eerst samen wat de ander zei en vroeg daarna door. '
    const longer = mountNotes(shownNotes(paragraph.repeat(4), 'Meer stilte'))
    await flushPromises()
    const longerSize = Number(longer.attributes('data-font-vh'))
    expect(longerSize).toBeLessThan(shortSize)
    expect(longerSize).toBeGreaterThanOrEqual(ROUND_NOTES.minFontVh)

    const endless = mountNotes(shownNotes(paragraph.repeat(60), paragraph.repeat(60)))
    await flushPromises()
    expect(Number(endless.attributes('data-font-vh'))).toBe(ROUND_NOTES.minFontVh)
    const lines = Number(endless.attributes('data-lines'))
    expect(lines).toBeGreaterThan(5)
    expect((endless.element as HTMLElement).style.getPropertyValue('--notes-lines')).toBe(
      String(lines),
    )
    // The whole text is there for a screen reader; only the beamer clamps it.
    expect(column(endless, 'tops').get('.column__text').text()).toBe(paragraph.repeat(60).trim())
  })

  it('clamps a long dilemma title to two lines, keeping it whole for a screen reader', () => {
    const props = shownNotes('Top', 'Tip')
    const title = 'Een heel lang dilemma. '.repeat(40).trim()
    const wrapper = mountNotes({ ...props, dilemma: { ...props.dilemma, title } })
    const shown = wrapper.get('[data-testid="projector-dilemma"]')
    // .clamp cuts after --lines lines (two unless set) with an ellipsis.
    expect(shown.classes()).toContain('clamp')
    expect(shown.text()).toBe(title)
  })
})

describe('roundNotesLayout', () => {
  it('counts typed lines and wrapped lines, and breaks a word longer than a line', () => {
    expect(wrappedLines('een twee drie', 20)).toBe(1)
    expect(wrappedLines('een twee drie', 8)).toBe(2)
    expect(wrappedLines('een\ntwee\n\ndrie', 20)).toBe(4)
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3)
  })

  it('uses one size for both columns, set by the longer text', () => {
    const long = 'Een top die wat langer is dan de andere en over meer regels loopt. '.repeat(5)
    const both = roundNotesLayout(['Kort', long])
    expect(both.fontVh).toBe(roundNotesLayout([long]).fontVh)
    expect(both.fontVh).toBeLessThan(roundNotesLayout(['Kort']).fontVh)
  })

  it('gives a narrow beamer smaller letters, and never goes below 3.5vh', () => {
    const text = 'Goed doorgevraagd op de afweging tussen burger en regel. '.repeat(4)
    expect(roundNotesLayout([text], 5 / 4).fontVh).toBeLessThan(roundNotesLayout([text]).fontVh)
    for (const aspect of [16 / 9, 16 / 10, 4 / 3, 5 / 4])
      for (const scale of [0.8, 1, 1.5]) {
        const layout = roundNotesLayout([text.repeat(20)], aspect, scale)
        expect(layout.fontVh).toBe(ROUND_NOTES.minFontVh)
        expect(layout.headingVh).toBeGreaterThanOrEqual(3.5)
        expect(layout.titleVh).toBeGreaterThanOrEqual(3.5)
        expect(layout.columnHeadingVh).toBeGreaterThanOrEqual(3.5)
      }
  })

  it('follows the text size: larger for short notes, never larger than the column holds', () => {
    expect(roundNotesLayout(['Kort'], 16 / 9, 1.5).fontVh).toBeGreaterThan(ROUND_NOTES.maxFontVh)
    expect(roundNotesLayout(['Kort'], 16 / 9, 0.8).fontVh).toBeLessThan(ROUND_NOTES.maxFontVh)
    const layout = roundNotesLayout(['Kort'], 4 / 3, 1.5)
    expect(layout.lines * layout.fontVh * ROUND_NOTES.lineHeight).toBeLessThanOrEqual(70)
  })
})
