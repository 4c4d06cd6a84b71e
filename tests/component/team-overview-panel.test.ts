import { CHANNELS } from '@contract'
import { afterEach, describe, expect, it } from 'vitest'
import TeamOverviewPanel from '../../renderer/src/presenter/team/TeamOverviewPanel.vue'
import { FALLBACK_FOLDER, SHARED_FOLDER } from './support/fake-backend'
import { cleanup, setLocale, settle } from './support/harness'
import {
  byTestId,
  chooseFolder,
  click,
  HOSTILE,
  mountPanel,
  OVERVIEW,
  teamCalls,
  texts,
} from './support/team-overview-fixture'

afterEach(() => cleanup())

describe('Teamoverzicht panel', () => {
  it('explains itself and offers “Map kiezen…” before a folder is chosen', async () => {
    const { wrapper } = await mountPanel()
    expect(wrapper.find('h2').text()).toBe('Teamoverzicht')
    expect(byTestId(wrapper, 'team-empty').text()).toContain('De app leest de bestanden alleen')
    expect(byTestId(wrapper, 'team-choose').text()).toBe('Map kiezen…')
    expect(byTestId(wrapper, 'team-save').exists()).toBe(false)
  })

  it('shows what the chosen folder holds: principles with numbers, pairs, threads, follow-ups, skipped files', async () => {
    const { wrapper, team, backend } = await mountPanel()
    await chooseFolder(wrapper, team)
    // Main opens the dialog: the page sends no path.
    expect(teamCalls(backend, CHANNELS.chooseTeamFolder)).toEqual([undefined])
    expect(byTestId(wrapper, 'team-source').text()).toContain('Map: Team Zuid')
    expect(byTestId(wrapper, 'team-period').text()).toBe(
      'Uit 2 sessies, donderdag 10 september 2026 tot en met donderdag 3 december 2026',
    )
    expect(texts(wrapper, 'team-principle')).toEqual([
      'Integriteit | 4 | 8',
      'Dienstbaarheid | 6 | 2',
    ])
    const [first] = wrapper.findAll('[data-testid="team-principle"] .team-principles__bar')
    expect(first?.attributes('style')).toContain('width: 50%')
    // A colour that is not a plain hex colour is not drawn.
    const second = wrapper.findAll('[data-testid="team-principle"]')[1]
    expect(second?.attributes('style')).not.toContain('url')
    expect(texts(wrapper, 'team-pair')).toEqual([
      'Integriteit ↔ Dienstbaarheid | spanning · in 2 sessies',
    ])
    const days = wrapper.findAll('[data-testid="team-thread-day"]').map((day) => {
      return [day.get('h4').text(), ...day.findAll('li').map((li) => li.text())]
    })
    expect(days).toEqual([
      ['donderdag 10 september 2026', 'Eerst luisteren', 'Tijd nemen voor twijfel'],
      ['donderdag 3 december 2026', 'Samen beslissen'],
    ])
    expect(byTestId(wrapper, 'team-follow-up-tally').text()).toBe(
      '1 nog open · 1 gedaan · 1 loopt nog',
    )
    expect(texts(wrapper, 'team-follow-up')[0]).toBe(
      '✓ gedaan | Casus uitwerken | Afgesproken op donderdag 10 september 2026',
    )
    expect(texts(wrapper, 'team-skipped-file')).toEqual([
      'oud.dilemmas | Het bestand is beschadigd of onvolledig.',
      'boodschappen.dilemmas | Dit is geen sessiebestand van Dansende Dilemma’s.',
      '2027 Teamdag.dilemmas | Gemaakt met een nieuwere versie van de app. Werk de app bij om het mee te tellen.',
      'groot.dilemmas | Het bestand is te groot om te lezen.',
    ])
    expect(byTestId(wrapper, 'team-hidden').text()).toContain('2 namen of andere persoonsgegevens')
    expect(byTestId(wrapper, 'team-choose').text()).toBe('Andere map kiezen…')
  })

  it('shows the pattern over time: per session the principle chosen most after the conversation', async () => {
    const { wrapper, team } = await mountPanel()
    await chooseFolder(wrapper, team)
    const sessions = wrapper.findAll('[data-testid="team-session"]').map((row) => row.text())
    // A tie goes to the deck's order; a session where nobody was counted names none.
    expect(sessions[0]).toContain('na het gesprek het vaakst gekozen: Integriteit')
    expect(sessions[1]).not.toContain('vaakst gekozen')
  })

  it('changes nothing when the folder dialog is cancelled', async () => {
    const { wrapper, team } = await mountPanel()
    await click(wrapper, 'team-choose')
    expect(byTestId(wrapper, 'team-empty').exists()).toBe(true)
    await chooseFolder(wrapper, team)
    const before = wrapper.html()
    team.chooseResult = { ok: false, reason: 'cancelled' }
    await click(wrapper, 'team-choose')
    expect(wrapper.html()).toBe(before)
    expect(byTestId(wrapper, 'team-problem').exists()).toBe(false)
  })

  it('says so in Dutch when a folder cannot be read, and keeps what was shown', async () => {
    const { wrapper, team } = await mountPanel()
    team.chooseResult = { ok: false, reason: 'unreadable' }
    await click(wrapper, 'team-choose')
    expect(byTestId(wrapper, 'team-problem').attributes('role')).toBe('alert')
    expect(byTestId(wrapper, 'team-problem').text()).toContain('Deze map kon niet worden gelezen.')
    expect(byTestId(wrapper, 'team-empty').exists()).toBe(true)
    await chooseFolder(wrapper, team)
    expect(byTestId(wrapper, 'team-problem').exists()).toBe(false)
    team.failNext = true
    await click(wrapper, 'team-choose')
    expect(byTestId(wrapper, 'team-problem').text()).toBe(
      'Er ging iets mis bij het lezen van de map. Probeer het opnieuw.',
    )
    expect(byTestId(wrapper, 'team-source').text()).toContain('Team Zuid')
  })

  it('tells a folder without readable sessions apart, still naming the skipped files', async () => {
    const { wrapper, team } = await mountPanel()
    await chooseFolder(wrapper, team, { ...OVERVIEW, sessions: [], principles: [], hidden: 0 })
    expect(byTestId(wrapper, 'team-no-sessions').text()).toContain('geen sessiebestanden')
    expect(texts(wrapper, 'team-skipped-file')).toHaveLength(4)
    expect(byTestId(wrapper, 'team-save').exists()).toBe(false)
    expect(byTestId(wrapper, 'team-hidden').exists()).toBe(false)
  })

  it('saves the summary in the ticked formats and shows where it went', async () => {
    const { wrapper, team, backend } = await mountPanel()
    await chooseFolder(wrapper, team)
    // No report folder chosen yet (the fake backend's start): the page says where it goes.
    expect(byTestId(wrapper, 'team-save-no-folder').text()).toContain('reservemap')
    await wrapper.find('input[value="md"]').setValue(true)
    team.saveResult = {
      ok: true,
      where: 'shared',
      folder: SHARED_FOLDER,
      files: [{ format: 'pdf', name: '2026-12-03 Teamoverzicht Team Zuid.pdf' }],
    }
    await click(wrapper, 'team-save-button')
    expect(teamCalls(backend, CHANNELS.saveTeamSummary)).toEqual([{ formats: ['pdf', 'md'] }])
    const outcome = byTestId(wrapper, 'team-outcome')
    expect(outcome.attributes('data-kind')).toBe('shared')
    expect(outcome.text()).toContain(`De samenvatting staat in ${SHARED_FOLDER}:`)
    expect(outcome.text()).toContain('2026-12-03 Teamoverzicht Team Zuid.pdf')
  })

  it('tells a save to the fallback folder with the reason, and opens that folder', async () => {
    const { wrapper, team, backend } = await mountPanel()
    await chooseFolder(wrapper, team)
    team.saveResult = {
      ok: true,
      where: 'fallback',
      folder: FALLBACK_FOLDER,
      files: [{ format: 'pdf', name: 'Teamoverzicht.pdf' }],
      reason: 'unreachable',
    }
    await click(wrapper, 'team-save-button')
    const outcome = byTestId(wrapper, 'team-outcome')
    expect(outcome.attributes('role')).toBe('alert')
    expect(outcome.text()).toContain(`niet in de netwerkmap: ${FALLBACK_FOLDER}`)
    expect(byTestId(wrapper, 'team-outcome-reason').text()).toBe(
      'Waarom: De netwerkmap is niet bereikbaar. Misschien is er geen verbinding met het netwerk of de VPN.',
    )
    await outcome.find('button').trigger('click')
    await settle()
    expect(teamCalls(backend, CHANNELS.openReportFolder)).toEqual(['fallback'])
    team.saveResult = { ...team.saveResult, reason: 'no-folder' }
    await click(wrapper, 'team-save-button')
    expect(byTestId(wrapper, 'team-outcome-reason').text()).toContain('Kies die bij Verslag.')
  })

  it('tells each failed save in Dutch', async () => {
    const { wrapper, team } = await mountPanel()
    await chooseFolder(wrapper, team)
    const cases = [
      {
        result: {
          ok: false as const,
          reason: 'write-failed' as const,
          detail: 'disk-full' as const,
        },
        says: 'De samenvatting kon nergens worden opgeslagen, ook niet in de reservemap. De netwerkmap is vol.',
      },
      {
        result: { ok: false as const, reason: 'no-overview' as const },
        says: 'Het overzicht is niet meer beschikbaar. Kies de map opnieuw en sla dan op.',
      },
    ]
    for (const { result, says } of cases) {
      team.saveResult = result
      await click(wrapper, 'team-save-button')
      expect(byTestId(wrapper, 'team-outcome').attributes('data-kind')).toBe('failed')
      expect(byTestId(wrapper, 'team-outcome-reason').text().replace(/\s+/g, ' ')).toBe(says)
    }
    team.failNext = true
    await click(wrapper, 'team-save-button')
    expect(byTestId(wrapper, 'team-outcome').text()).toContain(
      'Er ging iets mis bij het opslaan van de samenvatting.',
    )
  })

  it('cannot save without a format, and says so', async () => {
    const { wrapper, team } = await mountPanel()
    await chooseFolder(wrapper, team)
    await wrapper.find('input[value="pdf"]').setValue(false)
    expect(byTestId(wrapper, 'team-save-button').attributes('disabled')).toBeDefined()
    expect(byTestId(wrapper, 'team-save').text()).toContain('Kies minstens één formaat')
  })

  it('shows the buttons busy while main reads the folder or saves', async () => {
    const { wrapper, team } = await mountPanel()
    team.chooseResult = { ok: true, overview: OVERVIEW }
    let release = team.hold()
    await click(wrapper, 'team-choose')
    expect(byTestId(wrapper, 'team-choose').text()).toBe('Map lezen…')
    expect(byTestId(wrapper, 'team-choose').attributes('disabled')).toBeDefined()
    release()
    await settle()
    release = team.hold()
    await click(wrapper, 'team-save-button')
    expect(byTestId(wrapper, 'team-save-button').text()).toBe('Bezig met opslaan…')
    expect(byTestId(wrapper, 'team-save-button').attributes('disabled')).toBeDefined()
    expect(byTestId(wrapper, 'team-choose').attributes('disabled')).toBeDefined()
    release()
    await settle()
    expect(byTestId(wrapper, 'team-save-button').text()).toBe('Samenvatting opslaan')
  })

  it('keeps the overview when the facilitator comes back to the tab', async () => {
    const harness = await mountPanel()
    await chooseFolder(harness.wrapper, harness.team)
    harness.wrapper.unmount()
    const again = harness.mount(TeamOverviewPanel)
    await settle()
    expect(texts(again, 'team-principle')).toHaveLength(2)
  })

  it('shows names and texts from the files as text, never as HTML', async () => {
    const { wrapper, team } = await mountPanel()
    await chooseFolder(wrapper, team, {
      ...OVERVIEW,
      folderName: HOSTILE,
      principles: [{ name: HOSTILE, colour: '#123456', first: 1, after: 1 }],
      pairs: [{ a: HOSTILE, b: 'Integriteit', kind: 'common', sessions: 3 }],
      threads: [{ date: '2026-12-03', text: HOSTILE }],
      followUps: [{ date: '2026-12-03', what: HOSTILE, state: 'dropped' }],
      skipped: [{ name: HOSTILE, reason: 'foreign' }],
    })
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text().split(HOSTILE).length - 1).toBe(6)
  })

  it('speaks English when the window does', async () => {
    const { wrapper, team, i18n } = await mountPanel()
    setLocale(i18n, 'en')
    await chooseFolder(wrapper, team)
    expect(wrapper.find('h2').text()).toBe('Team overview')
    expect(texts(wrapper, 'team-pair')).toEqual([
      'Integriteit ↔ Dienstbaarheid | tension · in 2 sessions',
    ])
    expect(byTestId(wrapper, 'team-save-button').text()).toBe('Save summary')
  })
})
