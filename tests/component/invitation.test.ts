import { createAppI18n } from '@common/i18n'
import { createSession } from '@core/session/default-session'
import type { Locale } from '@core/session/schema'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import InvitationCard from '../../renderer/src/presenter/setup/InvitationCard.vue'
import {
  buildInvitation,
  type InvitationInput,
} from '../../renderer/src/presenter/setup/use-invitation'
import { formatLongDate, type Translate } from '../../renderer/src/presenter/setup/use-setup'
import { FakeBackend, TEST_NOW } from './support/fake-backend'
import { cleanup, mountConnected, setLocale } from './support/harness'
import { buttonByText } from './support/queries'

afterEach(() => {
  vi.useRealTimers()
  cleanup()
})

function translator(locale: Locale): Translate {
  const { t } = createAppI18n(locale).global
  return (key, named = {}, plural) => t(key, named, plural === undefined ? {} : { plural })
}

const filled: InvitationInput = {
  title: 'Dansende Dilemma’s met team Vergunningen',
  date: '2026-12-03',
  startTime: '13:30',
  location: 'Zaal 4.12, Rijnstraat 8',
  team: 'Vergunningen',
  facilitators: ['Anna', 'Bram'],
  plannedMinutes: 120,
}

const empty: InvitationInput = { ...createSession(TEST_NOW).setup }

describe('buildInvitation', () => {
  it('writes a Dutch invitation from title, date, time and place', () => {
    const invitation = buildInvitation(filled, 'nl', translator('nl'))

    expect(invitation.subject).toBe(
      'Dansende Dilemma’s met team Vergunningen: wat betekent ambtelijk vakmanschap voor jou?',
    )
    expect(invitation.missing).toEqual([])
    const body = invitation.body
    expect(body.startsWith('Beste collega’s van Vergunningen,\n\n')).toBe(true)
    expect(body).toContain('Tegen welke dilemma’s loop je aan?')
    expect(body).toContain('Wat gaat er goed, wat kan beter en wat heb je daarvoor nodig?')
    expect(body).toContain('Gids Ambtelijk Vakmanschap')
    expect(body).toContain(
      'Je vindt de gids op https://www.grenzeloossamenwerken.nl/ambtelijk-vakmanschap/gids-ambtelijk-vakmanschap.',
    )
    expect(body).toContain('In de sessie ‘Dansende Dilemma’s met team Vergunningen’')
    expect(body).toContain('Datum: donderdag 3 december 2026\n')
    expect(body).toContain('Tijd: 13.30 uur (ongeveer 2 uur)\n')
    expect(body).toContain('Locatie: Zaal 4.12, Rijnstraat 8\n')
    expect(body.endsWith('Hartelijke groet,\nAnna en Bram')).toBe(true)
    expect(body).not.toMatch(/\[/)
  })

  it('shows a clear placeholder for everything still missing', () => {
    const invitation = buildInvitation(empty, 'nl', translator('nl'))

    expect(invitation.subject).toBe(
      'Dansende Dilemma’s: wat betekent ambtelijk vakmanschap voor jou?',
    )
    expect(invitation.missing).toEqual(['date', 'time', 'location', 'facilitators'])
    expect(invitation.body.startsWith('Beste collega’s,\n\n')).toBe(true)
    expect(invitation.body).toContain('Datum: [datum]\n')
    expect(invitation.body).toContain('Tijd: [tijd] uur')
    expect(invitation.body).toContain('Locatie: [locatie]\n')
    expect(invitation.body.endsWith('Hartelijke groet,\n[namen begeleiders]')).toBe(true)
  })

  it('keeps the subject on one line, whatever was typed', () => {
    const invitation = buildInvitation(
      { ...filled, title: '  Twee\nregels  ', facilitators: ['Anna', 'Bram', 'Chris'] },
      'nl',
      translator('nl'),
    )
    expect(invitation.subject).toBe('Twee regels: wat betekent ambtelijk vakmanschap voor jou?')
    expect(invitation.body.endsWith('Anna, Bram en Chris')).toBe(true)
  })

  it('formats dates as a Dutch reader expects, in both languages', () => {
    expect(formatLongDate('2026-12-03', 'nl')).toBe('donderdag 3 december 2026')
    expect(formatLongDate('2027-01-01', 'nl')).toBe('vrijdag 1 januari 2027')
    expect(formatLongDate('2026-12-03', 'en')).toMatch(/^Thursday,? 3 December 2026$/)
  })
})

describe('InvitationCard', () => {
  function backendWith(locale: Locale = 'nl'): FakeBackend {
    const backend = new FakeBackend()
    if (locale !== 'nl') backend.apply({ type: 'setup/set-locale', locale })
    backend.apply({ type: 'setup/edit', ...filled })
    return backend
  }

  it('shows the invitation for the session, following the set-up', async () => {
    const backend = backendWith()
    const { wrapper } = await mountConnected(InvitationCard, { backend })

    expect(wrapper.find('[data-testid="invitation-subject"]').text()).toBe(
      'Dansende Dilemma’s met team Vergunningen: wat betekent ambtelijk vakmanschap voor jou?',
    )
    const body = wrapper.find('[data-testid="invitation-body"]')
    expect(body.text()).toContain('Datum: donderdag 3 december 2026')
    expect(body.attributes('dir')).toBe('auto')
    expect(wrapper.text()).not.toContain('Nog in te vullen')

    backend.apply({ type: 'setup/edit', date: '', location: '' })
    await flushPromises()

    expect(body.text()).toContain('Datum: [datum]')
    expect(body.text()).toContain('Locatie: [locatie]')
    expect(wrapper.text()).toContain('Nog in te vullen: datum, locatie.')
  })

  it('copies the exact subject and body through main and says so', async () => {
    const backend = backendWith()
    const { wrapper } = await mountConnected(InvitationCard, { backend })
    const expected = buildInvitation(filled, 'nl', translator('nl'))
    expect(wrapper.find('[data-testid="copied-subject"]').text()).toBe('')

    await buttonByText(wrapper, 'Onderwerp kopiëren').trigger('click')
    await flushPromises()
    expect(backend.copiedTexts).toEqual([expected.subject])
    expect(wrapper.find('[data-testid="copied-subject"]').text()).toBe('Gekopieerd')
    expect(wrapper.find('[data-testid="copied-subject"]').attributes('role')).toBe('status')

    await buttonByText(wrapper, 'Tekst kopiëren').trigger('click')
    await flushPromises()
    expect(backend.copiedTexts).toEqual([expected.subject, expected.body])
    expect(wrapper.find('[data-testid="copied-body"]').text()).toBe('Gekopieerd')
    expect(wrapper.find('[data-testid="copied-subject"]').text()).toBe('')
  })

  it('lets "Gekopieerd" go again after a moment', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper } = await mountConnected(InvitationCard, { backend: backendWith() })
    await buttonByText(wrapper, 'Tekst kopiëren').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="copied-body"]').text()).toBe('Gekopieerd')

    vi.advanceTimersByTime(3000)
    await flushPromises()
    expect(wrapper.find('[data-testid="copied-body"]').text()).toBe('')
  })

  it('writes the invitation in English when the session is in English', async () => {
    const backend = backendWith('en')
    const { wrapper, i18n } = await mountConnected(InvitationCard, { backend })
    setLocale(i18n, 'en')
    await flushPromises()

    expect(wrapper.find('[data-testid="invitation-subject"]').text()).toBe(
      'Dansende Dilemma’s met team Vergunningen: what does civil-service craftsmanship mean to you?',
    )
    const body = wrapper.find('[data-testid="invitation-body"]').text()
    expect(body).toContain('Dear colleagues of Vergunningen,')
    expect(body).toMatch(/Date: Thursday,? 3 December 2026/)
    expect(body).toContain('Time: 13:30 (about 2 hours)')
    expect(body).toContain('Kind regards,\nAnna and Bram')

    await buttonByText(wrapper, 'Copy subject').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="copied-subject"]').text()).toBe('Copied')
  })
})
