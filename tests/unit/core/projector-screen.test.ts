import { describe, expect, it } from 'vitest'
import { createSession } from '@core/session/default-session'
import { projectorScreen, type ProjectorScreen } from '@core/session/projector-screen'
import { PHASE_KINDS, type PhaseKind, type Session } from '@core/session/schema'
import {
  currentDilemma,
  currentPhase,
  dilemmaStatus,
  plannedProgrammeMinutes,
  principleById,
  queuedDilemmas,
  shownPrinciple,
} from '@core/session/selectors'
import {
  changeDilemma,
  makeDilemma,
  sessionWith,
  T0,
  withParticipants,
  projectorShowing,
} from './fixtures'

/** The default programme's phase of `kind` (the 'other' kind is added as ph40). */
function inPhase(session: Session, kind: PhaseKind): Session {
  const phase = session.phases.find((p) => p.kind === kind)
  if (phase) return { ...session, currentPhaseId: phase.id }
  const other = {
    id: 'ph40',
    kind,
    title: 'Koffiepauze',
    plannedMinutes: 10,
    notes: 'geheim',
    startedAt: null,
    endedAt: null,
  }
  return { ...session, phases: [...session.phases, other], currentPhaseId: 'ph40', nextSeq: 41 }
}

const base = (): Session => {
  const session = sessionWith(3, { currentDilemmaId: 'd2' })
  return { ...session, setup: { ...session.setup, title: 'Team Uitvoering', moreInfo: 'av.nl' } }
}

const principle = (session: Session, id: string) => {
  const found = principleById(session, id)
  if (!found) throw new Error(`no principle ${id}`)
  return found
}

describe('projectorScreen without a phase', () => {
  it('shows the welcome screen with the title and the deck for a fresh session', () => {
    const session = createSession(T0)
    expect(projectorScreen(session)).toEqual({
      kind: 'welcome',
      title: '',
      principles: session.principles,
      facilitators: [],
      started: false,
    })
  })

  it('shows the welcome screen without the dilemma, even when one is current', () => {
    const session = base()
    expect(projectorScreen(session)).toEqual({
      kind: 'welcome',
      title: 'Team Uitvoering',
      principles: session.principles,
      facilitators: session.setup.facilitators,
      started: false,
    })
  })
})

describe('projectorScreen per phase kind', () => {
  it('welcome: the title, the deck and the facilitators, never the dilemma', () => {
    const started = inPhase(base(), 'welcome')
    const session = { ...started, setup: { ...started.setup, facilitators: ['Anna', 'Bram'] } }
    expect(projectorScreen(session)).toEqual({
      kind: 'welcome',
      title: 'Team Uitvoering',
      principles: session.principles,
      facilitators: ['Anna', 'Bram'],
      started: true,
    })
  })

  it('starter: the line-up statement and its two ends', () => {
    const session = inPhase(base(), 'starter')
    expect(projectorScreen(session)).toEqual({
      kind: 'lineup',
      statement: session.starter.statement,
      leftEnd: session.starter.leftEnd,
      rightEnd: session.starter.rightEnd,
    })
    expect(
      JSON.stringify(
        projectorScreen({ ...session, starter: { ...session.starter, observation: 'geheim' } }),
      ),
    ).not.toContain('geheim')
  })

  it('explanation: the whole deck under the explanation heading', () => {
    const session = inPhase(base(), 'explanation')
    expect(projectorScreen(session)).toEqual({
      kind: 'principles',
      heading: 'explanation',
      principles: session.principles,
    })
  })

  it('casework without a current dilemma: the deck under the casework heading', () => {
    const session = inPhase({ ...base(), currentDilemmaId: null }, 'casework')
    expect(projectorScreen(session)).toEqual({
      kind: 'principles',
      heading: 'casework',
      principles: session.principles,
    })
  })

  it('casework, variant 1: one bar per principle in deck order, with the total', () => {
    const tallied = changeDilemma(base(), 'd2', (d) => ({
      ...d,
      firstTally: { open: 4, integer: 2, vakkundig: 1 },
      revealed: { first: true, after: false },
    }))
    const session = inPhase(tallied, 'casework')
    const screen = projectorScreen(session)
    expect(screen).toEqual({
      kind: 'tally',
      dilemma: session.dilemmas[1],
      moment: 'first',
      hidden: false,
      bars: session.principles.map((p) => ({
        principle: p,
        count: ({ open: 4, integer: 2, vakkundig: 1 } as Record<string, number>)[p.id] ?? 0,
        first: null,
      })),
      total: 7,
    })
    // Not yet revealed: the beamer keeps the first choice to itself.
    const hidden = changeDilemma(session, 'd2', (d) => ({
      ...d,
      revealed: { first: false, after: false },
    }))
    expect(projectorScreen(hidden)).toMatchObject({ kind: 'tally', hidden: true })
    // After the conversation each bar carries the first choice beside its count.
    const after = changeDilemma(session, 'd2', (d) => ({
      ...d,
      tallyMoment: 'after',
      tally: { open: 1 },
    }))
    const screenAfter = projectorScreen(after)
    if (screenAfter.kind !== 'tally') throw new Error('expected the tally')
    expect(screenAfter.bars.find((bar) => bar.principle.id === 'open')).toMatchObject({
      count: 1,
      first: 4,
    })
  })

  it('casework, variant 1 with nothing tallied: every bar at 0', () => {
    const session = inPhase(base(), 'casework')
    const screen = projectorScreen(session)
    if (screen.kind !== 'tally') throw new Error(`expected tally, got ${screen.kind}`)
    expect(screen.bars.map((bar) => bar.count)).toEqual(session.principles.map(() => 0))
    expect(screen.total).toBe(0)
  })

  it('casework, variant 2: each chosen principle with its speaker or nobody, and the round', () => {
    const people = withParticipants(base(), ['Anna', 'Bram', 'Chris'])
    const [anna, bram] = people.participants
    if (!anna || !bram) throw new Error('fixture: participants missing')
    const session = inPhase(
      changeDilemma(people, 'd2', (d) => ({
        ...d,
        variant: 'variant2',
        variant2: {
          principleIds: ['open', 'integer', 'dienstbaar'],
          rounds: [
            { speakers: ['pp9', null, null, null] },
            { speakers: [bram.id, null, anna.id, null] },
          ],
        },
      })),
      'casework',
    )
    expect(projectorScreen(session)).toEqual({
      kind: 'speakers',
      dilemma: session.dilemmas[1],
      slots: [
        { principle: principle(session, 'open'), speaker: bram },
        { principle: principle(session, 'integer'), speaker: null },
        { principle: principle(session, 'dienstbaar'), speaker: anna },
      ],
      round: 2,
      // Three chosen but people placed: the choice is made, the speakers show.
      choosing: null,
    })
  })

  it('casework, variant 2 with no principles chosen yet: no slots, round 1, the whole deck to choose from', () => {
    const session = inPhase(
      changeDilemma(base(), 'd2', (d) => ({ ...d, variant: 'variant2' })),
      'casework',
    )
    expect(projectorScreen(session)).toEqual({
      kind: 'speakers',
      dilemma: session.dilemmas[1],
      slots: [],
      round: 1,
      choosing: session.principles.map((p) => ({ principle: p, chosen: false })),
    })
  })

  it('casework, variant 2 while the group chooses: the chosen ones marked until four are chosen', () => {
    const choose = (principleIds: string[]) =>
      inPhase(
        changeDilemma(base(), 'd2', (d) => ({
          ...d,
          variant: 'variant2',
          variant2: { ...d.variant2, principleIds },
        })),
        'casework',
      )
    const two = projectorScreen(choose(['open', 'integer']))
    if (two.kind !== 'speakers') throw new Error('expected the speakers screen')
    expect(two.choosing?.filter((c) => c.chosen).map((c) => c.principle.id)).toEqual([
      'integer',
      'open',
    ])
    expect(two.choosing).toHaveLength(base().principles.length)
    const four = projectorScreen(choose(['open', 'integer', 'dienstbaar', 'vakkundig']))
    expect(four.kind === 'speakers' && four.choosing).toBeNull()
  })

  it('harvest: the threads (not the insights or follow-ups)', () => {
    const session = inPhase(
      {
        ...base(),
        harvest: {
          threads: [
            { id: 'h10', text: 'Spanning tussen snelheid en zorgvuldigheid' },
            { id: 'h11', text: 'De burger centraal' },
          ],
          insights: [{ id: 'h12', text: 'inzicht' }],
          followUps: [{ id: 'f13', what: 'vervolg', who: 'Anna', due: '' }],
        },
        nextSeq: 14,
      },
      'harvest',
    )
    expect(projectorScreen(session)).toEqual({
      kind: 'harvest',
      threads: session.harvest.threads,
    })
  })

  it('closing: the title and where to read more', () => {
    const session = inPhase(base(), 'closing')
    expect(projectorScreen(session)).toEqual({
      kind: 'closing',
      title: 'Team Uitvoering',
      moreInfo: 'av.nl',
    })
  })

  it('other: the phase title only (never its notes)', () => {
    const session = inPhase(base(), 'other')
    expect(projectorScreen(session)).toEqual({ kind: 'phase-title', title: 'Koffiepauze' })
  })

  it.each(PHASE_KINDS)('gives a screen for a %s phase', (kind) => {
    const screen = projectorScreen(inPhase(base(), kind))
    const expected: Record<PhaseKind, ProjectorScreen['kind']> = {
      welcome: 'welcome',
      starter: 'lineup',
      explanation: 'principles',
      casework: 'tally',
      harvest: 'harvest',
      closing: 'closing',
      other: 'phase-title',
    }
    expect(screen.kind).toBe(expected[kind])
  })
})

describe('projectorScreen: a shown principle overrides every phase', () => {
  it.each([null, ...PHASE_KINDS])('in phase %s', (kind) => {
    const start = { ...base(), projector: projectorShowing('integer') }
    const session = kind === null ? start : inPhase(start, kind)
    expect(projectorScreen(session)).toEqual({
      kind: 'principle',
      principle: principle(session, 'integer'),
      dilemma: session.dilemmas[1],
    })
  })

  it('without a current dilemma the principle stands alone', () => {
    const session = sessionWith(2, { projector: projectorShowing('integer') })
    const screen = projectorScreen(session)
    expect(screen).toEqual({
      kind: 'principle',
      principle: principle(session, 'integer'),
      dilemma: null,
    })
    if (screen.kind === 'principle')
      expect(screen.principle).toBe(session.principles.find((p) => p.id === 'integer'))
  })
})

describe('projectorScreen: blackout > break > principle > phase', () => {
  const BREAK_END = T0 + 15 * 60_000

  /** Every combination of what can sit on top of the phase screen. */
  function layered(options: {
    blackout: Session['projector']['blackout']
    onBreak: boolean
    principle: boolean
    kind: PhaseKind | null
  }): Session {
    const start = base()
    const session: Session = {
      ...start,
      projector: projectorShowing(options.principle ? 'integer' : null, {
        blackout: options.blackout,
      }),
      timers: { ...start.timers, breakEndsAt: options.onBreak ? BREAK_END : null },
    }
    return options.kind === null ? session : inPhase(session, options.kind)
  }

  const layers = [true, false].flatMap((onBreak) =>
    [true, false].flatMap((shown) =>
      [null, ...PHASE_KINDS].map((kind) => ({ onBreak, principle: shown, kind })),
    ),
  )

  it.each(layers)('black is black over everything (%o)', (layer) => {
    expect(projectorScreen(layered({ ...layer, blackout: 'black' }))).toEqual({ kind: 'black' })
  })

  it.each(layers)('the pause screen covers everything (%o)', (layer) => {
    expect(projectorScreen(layered({ ...layer, blackout: 'pause' }))).toEqual({ kind: 'pause' })
  })

  it.each(layers.filter((layer) => layer.onBreak))(
    'a break covers a principle and every phase (%o)',
    (layer) => {
      expect(projectorScreen(layered({ ...layer, blackout: 'none' }))).toEqual({
        kind: 'break',
        endsAt: BREAK_END,
      })
    },
  )

  it('a break stays on screen after its end until the facilitator ends it', () => {
    const session = layered({ blackout: 'none', onBreak: true, principle: false, kind: 'starter' })
    expect(projectorScreen(session)).toEqual({ kind: 'break', endsAt: BREAK_END })
  })

  it('without blackout or break, the principle and then the phase show as before', () => {
    const shown = layered({ blackout: 'none', onBreak: false, principle: true, kind: 'harvest' })
    expect(projectorScreen(shown).kind).toBe('principle')
    const phase = layered({ blackout: 'none', onBreak: false, principle: false, kind: 'harvest' })
    expect(projectorScreen(phase).kind).toBe('harvest')
  })

  it('the timer, text size and theme never change which screen shows', () => {
    const start = layered({ blackout: 'none', onBreak: false, principle: false, kind: 'casework' })
    const restyled: Session = {
      ...start,
      projector: { ...start.projector, timer: 'round', fontScale: 1.5, theme: 'high-contrast' },
    }
    expect(projectorScreen(restyled)).toEqual(projectorScreen(start))
  })
})

describe('projectorScreen on a session with dangling references', () => {
  // Not valid sessions, but the projector must still render something sensible.
  it('falls back to welcome when the shown principle and the phase are missing', () => {
    const session = sessionWith(1, {
      currentDilemmaId: 'd9',
      currentPhaseId: 'ph99',
      projector: projectorShowing('weg'),
    })
    expect(projectorScreen(session)).toEqual({
      kind: 'welcome',
      title: '',
      principles: session.principles,
      facilitators: [],
      started: false,
    })
  })

  it('shows the deck in casework when the current dilemma is missing', () => {
    const session = inPhase(sessionWith(1, { currentDilemmaId: 'd9' }), 'casework')
    expect(projectorScreen(session)).toMatchObject({ kind: 'principles', heading: 'casework' })
  })

  it('leaves out a variant-2 slot whose principle is gone, and an unknown speaker', () => {
    const session = inPhase(
      {
        ...sessionWith(0),
        dilemmas: [
          makeDilemma('d1', 'x', {
            variant: 'variant2',
            variant2: {
              principleIds: ['weg', 'open'],
              rounds: [{ speakers: [null, 'pp77', null, null] }],
            },
          }),
        ],
        currentDilemmaId: 'd1',
      },
      'casework',
    )
    const screen = projectorScreen(session)
    if (screen.kind !== 'speakers') throw new Error(`expected speakers, got ${screen.kind}`)
    expect(screen.slots).toEqual([{ principle: principle(session, 'open'), speaker: null }])
  })
})

describe('selectors', () => {
  it('find the current dilemma, phase and shown principle, or null', () => {
    const session = sessionWith(2, {
      currentDilemmaId: 'd2',
      currentPhaseId: 'ph3',
      projector: projectorShowing('open'),
    })
    expect(currentDilemma(session)?.id).toBe('d2')
    expect(currentPhase(session)?.id).toBe('ph3')
    expect(shownPrinciple(session)?.id).toBe('open')
    expect(currentDilemma(createSession(T0))).toBeNull()
    expect(currentPhase(createSession(T0))).toBeNull()
    expect(shownPrinciple(createSession(T0))).toBeNull()
  })

  it('call the dilemma on the floor current and list only the waiting ones as queued', () => {
    const start = sessionWith(4, { currentDilemmaId: 'd2' })
    const session = changeDilemma(
      changeDilemma(start, 'd3', (d) => ({ ...d, status: 'skipped' })),
      'd4',
      (d) => ({ ...d, status: 'discussed' }),
    )
    expect(session.dilemmas.map((d) => dilemmaStatus(session, d))).toEqual([
      'queued',
      'current',
      'skipped',
      'discussed',
    ])
    expect(queuedDilemmas(session).map((d) => d.id)).toEqual(['d1'])
  })

  it('add up the planned minutes of the programme', () => {
    expect(plannedProgrammeMinutes(createSession(T0))).toBe(120)
    expect(plannedProgrammeMinutes({ ...createSession(T0), phases: [] })).toBe(0)
  })
})
