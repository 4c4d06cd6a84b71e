import type { CommandInput } from '@core/commands/schema'
import { SessionHost } from '@core/host/session-host'
import { createSession } from '@core/session/default-session'
import type { Locale, Session } from '@core/session/schema'

const MINUTE = 60_000
/** 13:30 in Amsterdam on the day of the session. */
export const FIXTURE_START = Date.UTC(2026, 10, 29, 12, 30)
export const FIXTURE_GENERATED_AT = Date.UTC(2026, 10, 29, 15, 5)
export const FIXTURE_TIME_ZONE = 'Europe/Amsterdam'

const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror="alert(2)">'
export const EMOJI = '🙂 👩🏽‍⚖️ 🏳️‍🌈 👨‍👩‍👧'
export const RTL = 'مرحبا بالعالم — שלום עולם'
const MARKDOWN =
  '# kop *schuin* **vet** _laag_ `code` [link](https://example.org) | pijp ~doorhaling~ > citaat'

/** A 5,000-character note with line breaks, special characters and its own ending. */
export const LONG_NOTE = (() => {
  const line = `Regel & "citaat" <b>niet vet</b> ${EMOJI} ${RTL}.\n`
  const end = 'EINDE-NOTITIE'
  // Whole lines only, so no emoji is cut in half; dots make up the exact length.
  const body = line.repeat(Math.floor((5000 - end.length) / line.length))
  return `${body.padEnd(5000 - end.length, '.')}${end}`
})()

/** Texts that must (or, for the private ones, must never) appear in the report. */
export const FIXTURE = {
  title: `${SCRIPT} ${MARKDOWN} ${EMOJI}`,
  location: 'Zaal "De Ster" & de Tuin <3',
  team: `Team ${RTL}`,
  facilitators: ['Fien Begeleider', 'Bram O\'Neil & "B"'],
  participants: [
    'Aylin Privénaam',
    'Dirk Geheimnaam',
    'שרה כהן',
    'مريم العلي',
    '<b>Kees</b> & "Jan"',
    'Zoë 👩🏽‍⚖️ Verborgen',
  ],
  absent: 'Afwezige Anouk',
  contributors: ['Inbrenger Eénnaam', 'Inbrenger Tweenaam', 'Inbrenger Driesnaam'],
  dilemmas: [
    `${SCRIPT} Regels of maatwerk?`,
    `${IMG} Collega deelt informatie & "vraagt" om stilte`,
    'OVERGESLAGEN-TITEL',
    'NIET-BEREIKT-TITEL',
    `Huidig: ${MARKDOWN}`,
  ],
  description: `${IMG}\n${MARKDOWN}\n1. genummerd\n- lijst\n+ plus\n===\n    ingesprongen`,
  tensions: `Spanning ${RTL} & ${EMOJI}`,
  good: `Goed: ${EMOJI} samen`,
  hard: 'Lastig: <i>kiezen</i> & "loslaten"',
  tops: `Tops ${RTL}`,
  tips: 'Tips | met | pijpen',
  currentTippingPoint: 'Huidige doorslag & afweging',
  threads: [`Rode draad ${SCRIPT}`, `Draad ${MARKDOWN}`],
  insights: [`Inzicht ${RTL}`, `Inzicht ${EMOJI}\nmet tweede regel`],
  followUps: [
    { what: `Vervolg ${IMG} plannen`, who: 'Team Uitvoering', due: '2026-12-15' },
    { what: 'Gids & flyer rondsturen', who: "Fien's team", due: '' },
  ],
  privatePhaseNote: 'PRIVÉ-FASENOTITIE',
  privateObservation: 'PRIVÉ-OBSERVATIE',
  statement: 'Ik ken de gids & "weet" wat <vakmanschap> is',
} as const

export interface FixtureOptions {
  readonly includeNames?: boolean
  readonly includeContributors?: boolean
  readonly locale?: Locale
}

/**
 * A finished session full of hostile text, built through the real commands so it is valid:
 * markup, Markdown, emoji (with ZWJ sequences), right-to-left text, a 5,000-character note,
 * both variants with several rounds, phases started and ended, and private notes.
 */
export function reportFixture(options: FixtureOptions = {}): Session {
  let now = FIXTURE_START
  const host = new SessionHost({ session: createSession(now), clock: { now: () => now } })
  const run = (command: CommandInput) => {
    const result = host.dispatch(command)
    if (!result.ok)
      throw new Error(`report fixture: ${command.type} refused (${result.error.code})`)
  }
  const session = () => host.getSnapshot().session
  const wait = (minutes: number) => (now += minutes * MINUTE)

  run({
    type: 'setup/edit',
    title: FIXTURE.title,
    date: '2026-11-29',
    startTime: '13:30',
    location: FIXTURE.location,
    team: FIXTURE.team,
    facilitators: [...FIXTURE.facilitators],
    variant: 'both',
  })
  run({ type: 'participant/add-many', names: [...FIXTURE.participants, FIXTURE.absent] })
  const absent = session().participants.find((p) => p.name === FIXTURE.absent)?.id ?? ''
  run({ type: 'participant/set-present', id: absent, present: false })
  run({ type: 'phase/add', kind: 'other', title: `Pauze ${EMOJI}`, plannedMinutes: 10 })
  for (const phase of session().phases)
    run({ type: 'phase/edit', id: phase.id, notes: FIXTURE.privatePhaseNote })
  run({
    type: 'starter/edit',
    statement: FIXTURE.statement,
    observation: FIXTURE.privateObservation,
  })

  FIXTURE.dilemmas.forEach((title, index) => {
    run({
      type: 'dilemma/add',
      title,
      description: index === 0 ? FIXTURE.description : '',
      contributor: FIXTURE.contributors[index] ?? '',
      variant: index === 1 ? 'variant2' : 'variant1',
    })
  })
  const [d1, d2, d3, , d5] = session().dilemmas.map((d) => d.id)
  const principles = session().principles.map((p) => p.id)

  run({ type: 'phase/go', id: session().phases[0]?.id ?? null })
  wait(6)
  run({ type: 'phase/next' }) // starter
  wait(12)
  run({ type: 'phase/next' }) // explanation
  wait(14)
  run({ type: 'phase/next' }) // casework
  run({ type: 'dilemma/make-current', id: d1 ?? null })
  const counts = [5, 3, 0, 2, 1, 0, 1]
  principles.forEach((principleId, i) =>
    run({ type: 'tally/set', dilemmaId: d1 ?? '', principleId, count: counts[i] ?? 0 }),
  )
  run({ type: 'dilemma/set-text', id: d1 ?? '', field: 'tippingPoint', text: LONG_NOTE })
  run({ type: 'dilemma/set-text', id: d1 ?? '', field: 'tensions', text: FIXTURE.tensions })
  wait(25)
  run({ type: 'dilemma/make-current', id: d2 ?? null })
  run({ type: 'v2/set-principles', dilemmaId: d2 ?? '', principleIds: principles.slice(0, 4) })
  run({ type: 'v2/pick-speakers', dilemmaId: d2 ?? '', seed: 7 })
  run({ type: 'v2/rotate', dilemmaId: d2 ?? '' })
  run({ type: 'v2/rotate', dilemmaId: d2 ?? '' })
  for (const field of ['good', 'hard', 'tops', 'tips'] as const)
    run({ type: 'dilemma/set-text', id: d2 ?? '', field, text: FIXTURE[field] })
  run({ type: 'dilemma/set-status', id: d3 ?? '', status: 'skipped' })
  wait(30)
  run({ type: 'dilemma/make-current', id: d5 ?? null })
  run({ type: 'tally/set', dilemmaId: d5 ?? '', principleId: principles[6] ?? '', count: 4 })
  run({
    type: 'dilemma/set-text',
    id: d5 ?? '',
    field: 'tippingPoint',
    text: FIXTURE.currentTippingPoint,
  })
  wait(8)
  run({ type: 'phase/next' }) // harvest
  for (const text of FIXTURE.threads) run({ type: 'harvest/add', list: 'threads', text })
  for (const text of FIXTURE.insights) run({ type: 'harvest/add', list: 'insights', text })
  for (const followUp of FIXTURE.followUps) run({ type: 'harvest/add-followup', ...followUp })
  wait(21)
  run({ type: 'phase/next' }) // closing
  wait(9)
  run({ type: 'phase/finish' })

  run({
    type: 'report/options',
    includeNames: options.includeNames ?? false,
    includeContributors: options.includeContributors ?? false,
  })
  if (options.locale) run({ type: 'setup/set-locale', locale: options.locale })
  return session()
}
