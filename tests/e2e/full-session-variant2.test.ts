import type { CommandInput } from '@core/commands/schema'
import { createSession } from '@core/session/default-session'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Harness, type WindowPage } from './harness/harness'
import { PresenterDriver } from './harness/presenter-driver'
import { FULL_HD, LAPTOP, shootProjector } from './harness/projector-shots'
import { saveScreenshot } from './harness/screenshots'

const PEOPLE = ['Anna', 'Bram', 'Cees', 'Dewi', 'Eva', 'Fatima', 'Gert', 'Hanna', 'Ivo']

/** A whole workshop in variant 2: four principles, four speakers, a rotation, new speakers. */
describe('a full session in variant 2', () => {
  let harness: Harness
  let presenter: WindowPage
  let projector: WindowPage
  let p: PresenterDriver
  const screen = () => projector.page.locator('main').getAttribute('data-screen')
  /** Who stands where on the beamer: participant name by slot. */
  const beamerSpeakers = () =>
    projector.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-participant-id][data-slot]')]
        .map((el) => `${el.dataset['slot']}:${el.textContent?.trim() ?? ''}`)
        .sort(),
    )

  beforeAll(async () => {
    harness = await Harness.start()
    presenter = await harness.open('presenter', LAPTOP)
    projector = await harness.open('projector', FULL_HD)
    p = new PresenterDriver(presenter.page)
  })

  afterAll(async () => {
    await harness?.close()
  })

  const run = (command: CommandInput) => {
    const result = harness.host.dispatch(command)
    if (!result.ok) throw new Error(`refused: ${command.type}`)
  }
  const session = () => harness.host.getSnapshot().session

  /**
   * Each step starts from a fresh session; a later step first brings it, through main, to where
   * the steps before it leave it: set up for variant 2, and the programme at `kind`.
   */
  function preparedAt(kind?: string): void {
    run({ type: 'setup/edit', title: 'Startersgroep Belastingdienst', variant: 'variant2' })
    run({ type: 'participant/add-many', names: PEOPLE })
    run({ type: 'dilemma/add', title: 'Informatie delen met een burger', variant: 'variant2' })
    run({ type: 'dilemma/add', title: 'De wens van de opdrachtgever', variant: 'variant2' })
    if (kind === undefined) return
    run({ type: 'phase/go', id: session().phases.find((ph) => ph.kind === kind)?.id ?? null })
  }

  /** The first dilemma on the beamer, its four principles not yet chosen. */
  async function atFirstDilemma(): Promise<string> {
    preparedAt('casework')
    const id = session().dilemmas[0]?.id ?? ''
    run({ type: 'dilemma/make-current', id })
    await p.openSection('Casus')
    await expect.poll(screen).toBe('speakers')
    return id
  }

  beforeEach(() => {
    harness.host.replaceSession(createSession(Date.now()))
  })

  afterEach(() => {
    expect(presenter.problems).toEqual([])
    expect(projector.problems).toEqual([])
  })

  it('is set up for variant 2 with nine participants and two dilemmas', async () => {
    await p.openSection('Sessie')
    await p.typeInto('Titel van de sessie', 'Startersgroep Belastingdienst')
    await presenter.page.getByRole('radio', { name: /Variant 2/ }).check()
    await p.addParticipants(PEOPLE.join('\n'))
    await presenter.page.getByText('9 namen toegevoegd.').waitFor()
    await p.addDilemma('Informatie delen met een burger', 'Het besluit is nog niet openbaar.')
    await p.addDilemma('De wens van de opdrachtgever', 'De cijfers wijzen een andere kant op.')
    const { session } = harness.host.getSnapshot()
    expect(session.setup.variant).toBe('variant2')
    expect(session.dilemmas.map((d) => d.variant)).toEqual(['variant2', 'variant2'])
  })

  it('runs the programme up to the casework', async () => {
    preparedAt()
    await p.button('Programma starten').click()
    await expect.poll(screen).toBe('welcome')
    await p.nextPhase()
    await expect.poll(screen).toBe('lineup')
    await p.nextPhase()
    await expect.poll(screen).toBe('principles')
    await p.nextPhase()
    await presenter.page.locator('[data-active-section="casework"]').waitFor()
    await p.button('Eerste dilemma uit de lijst bespreken').click()
    await expect.poll(screen).toBe('speakers')
    await shootProjector(projector.page, 'speakers', 'speakers-choosing')
  })

  it('shows four principles with four speakers, and a rotation moves the names', async () => {
    await atFirstDilemma()
    const chips = presenter.page.getByTestId('v2-principles')
    for (const id of ['dienstbaar', 'integer', 'open', 'rechtsstatelijk'])
      await chips.locator(`[data-principle-id="${id}"]`).click()
    await expect
      .poll(() =>
        projector.page.locator('[data-testid="speakers-view"] [data-principle-id]').count(),
      )
      .toBe(4)
    await p.button('Overnemen').click()
    await expect.poll(async () => (await beamerSpeakers()).length).toBe(4)
    const before = await beamerSpeakers()
    await saveScreenshot(presenter.page, 'presenter-variant2-1366x768')
    await shootProjector(projector.page, 'speakers', 'speakers')

    await p.button('Van principe wisselen').click()
    await projector.page.getByTestId('speakers-round').filter({ hasText: 'Ronde 2' }).waitFor()
    const after = await beamerSpeakers()
    // Everyone moved one principle on: the same four names, each on the next slot.
    const shift = (entry: string) => {
      const [slot, name] = entry.split(':')
      return `${(Number(slot) + 1) % 4}:${name}`
    }
    expect(after).toEqual(before.map(shift).sort())
    await shootProjector(projector.page, 'speakers', 'speakers-rotated')

    // The round's debrief: a speaker's note, the observers' tops and tips, shown to the room.
    await presenter.page
      .getByRole('textbox', { name: /^Wat ging goed\s*, / })
      .first()
      .fill('Rustig gebleven.')
    await p.typeInto('Tops van de observeerders', 'Iedereen liet de ander uitpraten.')
    await p.typeInto('Tips van de observeerders', 'Vraag door als iemand zegt “dat hoort zo”.')
    await p.button('Tops en tips van ronde 2 op de beamer').click()
    await expect.poll(screen).toBe('round-notes')
    await projector.page
      .getByTestId('round-notes-tips')
      .getByText('Vraag door als iemand zegt “dat hoort zo”.')
      .waitFor()
    const d1 = harness.host.getSnapshot().session.dilemmas[0]
    expect(d1?.roundNotes[1]?.tops).toBe('Iedereen liet de ander uitpraten.')
    expect(Object.values(d1?.roundNotes[1]?.speakers ?? {})).toEqual([
      { good: 'Rustig gebleven.', hard: '' },
    ])
    await saveScreenshot(presenter.page, 'presenter-variant2-round-notes-1366x768')
    await shootProjector(projector.page, 'round-notes', 'round-notes')
    await p.button('Terug naar de sprekers').click()
    await expect.poll(screen).toBe('speakers')
  })

  it('records the reflection and proposes four new speakers for the next dilemma', async () => {
    const dilemmaId = await atFirstDilemma()
    const principleIds = ['dienstbaar', 'integer', 'open', 'rechtsstatelijk']
    run({ type: 'v2/set-principles', dilemmaId, principleIds })
    run({ type: 'v2/pick-speakers', dilemmaId, seed: 3 })
    await expect.poll(async () => (await beamerSpeakers()).length).toBe(4)
    await p.typeInto('Wat ging goed', 'Echt luisteren naar elkaar.')
    await p.typeInto('Tips', 'Meer tijd voor de inbrenger.')
    const firstSpeakers = new Set(
      harness.host.getSnapshot().session.dilemmas[0]?.variant2.rounds[0]?.speakers,
    )
    await p.openSection('Dilemma’s')
    await presenter.page
      .locator('[data-dilemma-id]')
      .filter({ hasText: 'De wens van de opdrachtgever' })
      .getByRole('button', { name: 'Nu bespreken' })
      .click()
    await p.openSection('Casus')
    const chips = presenter.page.getByTestId('v2-principles')
    for (const id of ['integer', 'rechtvaardig', 'respectvol', 'vakkundig'])
      await chips.locator(`[data-principle-id="${id}"]`).click()
    await p.button('Overnemen').click()
    await expect.poll(async () => (await beamerSpeakers()).length).toBe(4)
    const second = harness.host.getSnapshot().session.dilemmas[1]
    const newSpeakers = second?.variant2.rounds[0]?.speakers ?? []
    expect(newSpeakers.every((id) => id !== null && !firstSpeakers.has(id))).toBe(true)
    const first = harness.host.getSnapshot().session.dilemmas[0]
    expect(first?.good).toBe('Echt luisteren naar elkaar.')
    expect(first?.status).toBe('discussed')
  })

  it('harvests and closes', async () => {
    preparedAt('casework')
    await p.nextPhase()
    await expect.poll(screen).toBe('harvest')
    await p.button('Nieuwe rode draad').click()
    await presenter.page
      .getByRole('textbox', { name: 'Rode draad 1', exact: true })
      .pressSequentially('Openheid vraagt moed')
    await projector.page.getByTestId('harvest-thread').filter({ hasText: 'moed' }).waitFor()
    await p.nextPhase()
    await expect.poll(screen).toBe('closing')
    await p.button('Programma afronden').click()
    await expect
      .poll(() => harness.host.getSnapshot().session.phases.at(-1)?.endedAt ?? null)
      .not.toBeNull()
  })
})
