import { API_GLOBAL, type FollowUpPlan, type FollowUpSaveResult } from '@contract'
import { followUpPlanSchema } from '@core/follow-up/follow-up-contract'
import { blankDilemma } from '@core/session/blank-dilemma'
import { createSession } from '@core/session/default-session'
import type { DilemmaStatus, Session } from '@core/session/schema'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import FollowUpSessionCard from '../../renderer/src/presenter/follow-up/FollowUpSessionCard.vue'
import { deferred } from '../support/deferred'
import { FakeBackend, TEST_NOW } from './support/fake-backend'
import { cleanup, mountConnected, settle, type Harness } from './support/harness'
import { buttonByText } from './support/queries'

const FOLDER = 'H:\\Team\\Verslagen'
const FILES = [
  { kind: 'session', name: '2025-04-17 Vervolgsessie - Team Oost.dilemmas' },
  { kind: 'invitation', name: '2025-04-17 Vervolgsessie - Team Oost.ics' },
] as const
const SAVED: FollowUpSaveResult = {
  ok: true,
  where: 'shared',
  folder: FOLDER,
  files: FILES,
  reason: null,
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW)
})
afterEach(() => {
  vi.useRealTimers()
  cleanup()
})

/** A session a week ahead: two of its three dilemmas and two follow-ups go along. */
function heldSession(): Session {
  const base = createSession(TEST_NOW)
  const dilemma = (id: string, status: DilemmaStatus) => ({
    ...blankDilemma(
      id,
      { title: id, description: '', contributor: '', source: 'prepared' },
      'variant1',
    ),
    status,
  })
  return {
    ...base,
    nextSeq: 30,
    setup: {
      ...base.setup,
      title: 'Team Oost',
      date: '2025-03-20',
      startTime: '13:30',
      location: 'Zaal 4.12',
    },
    dilemmas: [dilemma('d10', 'discussed'), dilemma('d11', 'skipped'), dilemma('d12', 'queued')],
    harvest: {
      threads: [],
      insights: [],
      followUps: [
        { id: 'f20', what: 'Werkinstructie aanpassen', who: 'Anouk', due: '' },
        { id: 'f21', what: ' ', who: 'Bram', due: '' },
        { id: 'f22', what: 'Terugkoppelen', who: '', due: '' },
      ],
    },
  }
}

async function mounted() {
  const harness = await mountConnected(FollowUpSessionCard, {
    backend: new FakeBackend({ session: heldSession() }),
  })
  return { ...harness, main: mainSaves(harness.api) }
}

/** Main's answer to "Vervolgsessie voorbereiden", which a test sets per call. */
function mainSaves(api: Harness['api']) {
  if (!('dispatch' in api)) throw new Error('expected the presenter API')
  const main = { answer: (): Promise<FollowUpSaveResult> => Promise.resolve(SAVED) }
  const saveFollowUpSession = vi.fn<(plan: FollowUpPlan) => Promise<FollowUpSaveResult>>(() =>
    main.answer(),
  )
  window[API_GLOBAL] = { ...api, saveFollowUpSession }
  return Object.assign(main, { saveFollowUpSession })
}

const field = (wrapper: VueWrapper, name: string) =>
  wrapper.get<HTMLInputElement>(`[data-testid="follow-up-${name}"]`)
const outcome = (wrapper: VueWrapper) => wrapper.get('[data-testid="follow-up-outcome"]')
const text = (wrapper: VueWrapper) => outcome(wrapper).text().replace(/\s+/g, ' ')

async function startAndSave(wrapper: VueWrapper): Promise<void> {
  await field(wrapper, 'start').trigger('click')
  await wrapper.get('form').trigger('submit')
  await settle()
}

describe('Vervolgsessie voorbereiden', () => {
  it('counts what goes along, as the session changes', async () => {
    const { wrapper, backend } = await mounted()
    const counts = () => wrapper.get('[data-testid="follow-up-counts"]').text().replace(/\s+/g, ' ')
    expect(counts()).toBe('Er gaan 2 dilemma’s mee · 2 vervolgafspraken om op terug te kijken')
    backend.apply({ type: 'harvest/edit-followup', id: 'f21', what: 'Evalueren' })
    await settle()
    expect(counts()).toBe('Er gaan 2 dilemma’s mee · 3 vervolgafspraken om op terug te kijken')
  })

  it('opens the form four weeks on, at the session’s time and place, owners left out', async () => {
    const { wrapper } = await mounted()
    await field(wrapper, 'start').trigger('click')
    expect(field(wrapper, 'date').element.value).toBe('2025-04-17')
    expect(wrapper.get('.follow-up__long-date').text()).toBe('donderdag 17 april 2025')
    expect(field(wrapper, 'time').element.value).toBe('13:30')
    expect(field(wrapper, 'location').element.value).toBe('Zaal 4.12')
    expect(field(wrapper, 'owners').element.checked).toBe(false)
  })

  it('sends exactly the plan, and tells where both files are', async () => {
    const { wrapper, main } = await mounted()
    await startAndSave(wrapper)
    const sent = main.saveFollowUpSession.mock.calls.map(([plan]) => plan)
    expect(sent).toEqual([
      { date: '2025-04-17', startTime: '13:30', location: 'Zaal 4.12', includeOwners: false },
    ])
    expect(followUpPlanSchema.safeParse(sent[0]).success).toBe(true)
    expect(outcome(wrapper).attributes('role')).toBe('status')
    expect(text(wrapper)).toContain(`De vervolgsessie staat naast het verslag in ${FOLDER}.`)
    expect(text(wrapper)).toContain(`Sessiebestand: ${FILES[0].name}`)
    expect(text(wrapper)).toContain(`Uitnodiging: ${FILES[1].name}`)
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('sends what the facilitator changed', async () => {
    const { wrapper, main } = await mounted()
    await field(wrapper, 'start').trigger('click')
    await field(wrapper, 'date').setValue('2025-05-01')
    await field(wrapper, 'time').setValue('09:00')
    await field(wrapper, 'location').setValue('Online')
    await field(wrapper, 'owners').setValue(true)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(main.saveFollowUpSession).toHaveBeenCalledWith({
      date: '2025-05-01',
      startTime: '09:00',
      location: 'Online',
      includeOwners: true,
    })
  })

  it.each<[FollowUpSaveResult, string]>([
    [
      { ...SAVED, where: 'fallback', reason: 'no-folder' },
      'Er is nog geen verslagmap gekozen; die kies je bij Verslag.',
    ],
    [
      { ...SAVED, where: 'fallback', reason: 'no-permission' },
      'Je hebt geen toestemming om in de netwerkmap te schrijven.',
    ],
  ])('says the files are on this computer, and why (%#)', async (answer, why) => {
    const { wrapper, main, backend } = await mounted()
    main.answer = () => Promise.resolve(answer)
    await startAndSave(wrapper)
    expect(outcome(wrapper).attributes('role')).toBe('alert')
    expect(text(wrapper)).toContain(`De vervolgsessie staat op deze computer in ${FOLDER}.`)
    expect(text(wrapper)).toContain(why)
    await buttonByText(wrapper, 'Map openen').trigger('click')
    await settle()
    expect(backend.report.openedFolders).toEqual(['fallback'])
  })

  it.each<[string, () => Promise<FollowUpSaveResult>, string]>([
    [
      'write-failed',
      () => Promise.resolve({ ok: false, reason: 'write-failed', detail: 'disk-full' }),
      'De bestanden konden nergens worden opgeslagen, ook niet op deze computer.|De netwerkmap is vol.',
    ],
    [
      'invalid-date',
      () => Promise.resolve({ ok: false, reason: 'invalid-date' }),
      'Die datum bestaat niet. Kies een andere datum.',
    ],
    [
      'unexpected',
      () => Promise.reject(new Error('main threw')),
      'Er ging iets mis bij het maken van de vervolgsessie.',
    ],
  ])('tells a failure (%s) and keeps the form to try again', async (kind, answer, says) => {
    const { wrapper, main } = await mounted()
    main.answer = answer
    await startAndSave(wrapper)
    expect(outcome(wrapper).attributes('data-kind')).toBe(kind)
    expect(outcome(wrapper).attributes('role')).toBe('alert')
    expect(
      outcome(wrapper)
        .findAll('p')
        .map((p) => p.text()),
    ).toEqual(says.split('|'))
    expect(field(wrapper, 'save').element.disabled).toBe(false)
  })

  it('waits while main makes the files: one request, buttons disabled', async () => {
    const { wrapper, main, backend } = await mounted()
    const gate = deferred<FollowUpSaveResult>()
    main.answer = () => gate.promise
    await startAndSave(wrapper)
    expect(field(wrapper, 'save').text()).toBe('Bezig met maken…')
    expect(field(wrapper, 'save').element.disabled).toBe(true)
    expect(buttonByText(wrapper, 'Annuleren').element.disabled).toBe(true)
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(main.saveFollowUpSession).toHaveBeenCalledTimes(1)
    gate.resolve(SAVED)
    await settle()
    await buttonByText(wrapper, 'Map openen').trigger('click')
    await settle()
    expect(backend.report.openedFolders).toEqual(['shared'])
  })

  it('cannot save without a date', async () => {
    const { wrapper } = await mounted()
    await field(wrapper, 'start').trigger('click')
    await field(wrapper, 'date').setValue('')
    expect(field(wrapper, 'save').element.disabled).toBe(true)
  })
})
