import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousAxeFindings } from './harness/axe'
import { Harness, type WindowPage } from './harness/harness'
import { FULL_HD, LAPTOP } from './harness/projector-shots'

const SECTIONS = [
  'Sessie',
  'Principes',
  'Deelnemers',
  'Programma',
  'Starter',
  'Dilemma’s',
  'Casus',
  'Opbrengst',
  'Afronding',
  'Drukwerk',
  'Teamoverzicht',
  'Beamer',
]

/** axe-core in the real pages: no serious or critical violation on either window. */
describe('accessibility of both windows', () => {
  let harness: Harness
  let presenter: WindowPage
  let projector: WindowPage

  const run = (command: Parameters<Harness['host']['dispatch']>[0]) => {
    const result = harness.host.dispatch(command)
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  }

  beforeAll(async () => {
    harness = await Harness.start()
    run({ type: 'setup/edit', title: 'Toegankelijkheid', variant: 'both' })
    run({ type: 'participant/add-many', names: ['Anna', 'Bram', 'Cees', 'Dewi', 'Eva'] })
    run({ type: 'dilemma/add', title: 'Een uitzondering', description: 'Regels zijn regels?' })
    run({ type: 'dilemma/add', title: 'Informatie delen', variant: 'variant2' })
    run({ type: 'harvest/add', list: 'threads', text: 'Regels en menselijke maat' })
    run({ type: 'harvest/add-followup', what: 'Vervolgsessie', who: 'Anna', due: '2026-12-15' })
    presenter = await harness.open('presenter', LAPTOP)
    projector = await harness.open('projector', FULL_HD)
  })

  afterAll(async () => {
    await harness?.close()
  })

  it.each(SECTIONS)('presenter section %s has no serious or critical violation', async (name) => {
    await presenter.page
      .getByRole('navigation', { name: 'Onderdelen' })
      .getByRole('button', { name, exact: true })
      .click()
    await presenter.page.locator('[data-active-section]').waitFor()
    expect(await seriousAxeFindings(presenter.page)).toEqual([])
  })

  it('every projector screen has no serious or critical violation', async () => {
    const phases = harness.host.getSnapshot().session.phases
    const findings: Record<string, unknown> = {}
    const check = async (label: string) => {
      // The projector has drawn the host's latest revision.
      const revision = harness.host.getSnapshot().revision
      await projector.page.locator(`main[data-revision="${revision}"]`).waitFor()
      const found = await seriousAxeFindings(projector.page)
      if (found.length > 0) findings[label] = found
    }
    await check('welcome')
    for (const phase of phases) {
      run({ type: 'phase/go', id: phase.id })
      await check(phase.kind)
    }
    run({ type: 'phase/go', id: phases[3]?.id ?? null })
    run({
      type: 'dilemma/make-current',
      id: harness.host.getSnapshot().session.dilemmas[0]?.id ?? null,
    })
    await check('tally')
    run({ type: 'projector/show-principle', principleId: 'open' })
    await check('principle')
    const second = harness.host.getSnapshot().session.dilemmas[1]?.id ?? ''
    run({ type: 'dilemma/make-current', id: second })
    run({
      type: 'v2/set-principles',
      dilemmaId: second,
      principleIds: ['open', 'integer', 'dienstbaar', 'vakkundig'],
    })
    run({ type: 'v2/pick-speakers', dilemmaId: second, seed: 3 })
    await check('speakers')
    expect(findings).toEqual({})
  })
})
