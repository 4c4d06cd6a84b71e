import type { CommandInput } from '@core/commands/schema'
import type { PhaseKind, Session } from '@core/session/schema'

/** Who sends a step: main's host directly, or the presenter page through its real API. */
export type Sender = 'host' | 'presenter'

/** One step of the day, built from the session as it is when the step runs. */
export interface Step {
  readonly via: Sender
  readonly command: (session: Session) => CommandInput
}

const fromHost = (command: CommandInput): Step => ({ via: 'host', command: () => command })
const typed = (command: (session: Session) => CommandInput): Step => ({
  via: 'presenter',
  command,
})

function pick<T>(list: readonly T[], index: number, what: string): T {
  const item = list[index % list.length]
  if (item === undefined) throw new Error(`the soak session has no ${what}`)
  return item
}

/** Typing: one command per pause in the keystrokes, each the whole text so far. */
const burst = (count: number, command: (k: number) => CommandInput): Step[] =>
  Array.from({ length: count }, (_, k) => fromHost(command(k)))

const phaseId = (session: Session, kind: PhaseKind): string =>
  pick(
    session.phases.filter((p) => p.kind === kind).map((p) => p.id),
    0,
    `${kind} phase`,
  )

/**
 * Typed text of one fixed length whatever the cycle: the content is replaced, never grows, so a
 * growing heap or autosave over the day is a leak, not more data.
 */
const note = (what: string, cycle: number): string =>
  `${what} ${String(cycle).padStart(6, '0')}: wat gaf de doorslag, en wie hielp daarbij?`

/**
 * One pass through a facilitator's programme, about sixty commands: every phase in turn (so the
 * beamer switches screens), bursts of typing and counting in between as in a real day, timers started, paused and adjusted, a break, a principle shown and
 * cleared, tallies counted, notes and harvest typed over, an insight added and removed again,
 * undo and redo. The harvest and the statement are typed in the presenter page, through its own
 * dispatch; the rest comes straight to the host, which keeps the pipeline to the pages full.
 */
export function cycleOfDay(session: Session, cycle: number): Step[] {
  const go = (kind: PhaseKind) => fromHost({ type: 'phase/go', id: phaseId(session, kind) })
  const principles = session.principles.map((p) => p.id)
  const byVariant = (variant: string) =>
    session.dilemmas.filter((d) => d.variant === variant).map((d) => d.id)
  const tallied = pick(byVariant('variant1'), cycle, 'variant-1 dilemma')
  const discussed = pick(byVariant('variant2'), cycle, 'variant-2 dilemma')
  const threads = session.harvest.threads.map((t) => t.id)
  const followUp = pick(
    session.harvest.followUps.map((f) => f.id),
    cycle,
    'follow-up',
  )
  const principle = (k: number) => pick(principles, cycle + k, 'principle')
  return [
    go('welcome'),
    fromHost({ type: 'timer/adjust', timer: 'phase', minutes: 1 }),
    go('starter'),
    typed(() => ({ type: 'starter/edit', statement: note('Stelling', cycle) })),
    ...burst(4, (k) => ({ type: 'starter/edit', statement: note(`Stelling ${k}`, cycle) })),
    fromHost({ type: 'timer/pause', timer: 'phase' }),
    fromHost({ type: 'timer/start', timer: 'phase' }),
    go('explanation'),
    fromHost({ type: 'projector/show-principle', principleId: principle(0) }),
    fromHost({ type: 'projector/show-principle', principleId: null }),
    go('casework'),
    fromHost({ type: 'dilemma/make-current', id: tallied }),
    ...burst(6, (k) => ({
      type: 'tally/set',
      dilemmaId: tallied,
      principleId: principle(k),
      count: 1 + ((cycle + k) % 9),
    })),
    ...burst(4, (k) => ({
      type: 'dilemma/set-text',
      id: tallied,
      field: 'tensions',
      text: note(`Spanning ${k}`, cycle),
    })),
    fromHost({ type: 'dilemma/make-current', id: discussed }),
    fromHost({ type: 'timer/start', timer: 'round' }),
    fromHost({ type: 'timer/adjust', timer: 'round', minutes: -1 }),
    fromHost({ type: 'timer/pause', timer: 'round' }),
    fromHost({
      type: 'dilemma/set-text',
      id: discussed,
      field: 'tops',
      text: note('Top', cycle),
    }),
    fromHost({ type: 'timer/reset', timer: 'round' }),
    fromHost({ type: 'history/undo' }),
    fromHost({ type: 'history/redo' }),
    fromHost({ type: 'timer/start-break', minutes: 10 + (cycle % 5) }),
    fromHost({ type: 'timer/end-break' }),
    go('harvest'),
    ...[0, 1].map((k) =>
      typed(() => ({
        type: 'harvest/edit',
        list: 'threads',
        id: pick(threads, cycle + k, 'harvest thread'),
        text: note(`Draad ${k + 1}`, cycle),
      })),
    ),
    ...burst(6, (k) => ({
      type: 'harvest/edit',
      list: 'threads',
      id: pick(threads, cycle + 2, 'harvest thread'),
      text: note(`Draad 3.${k}`, cycle),
    })),
    typed(() => ({ type: 'harvest/add', list: 'insights', text: note('Inzicht', cycle) })),
    typed((now) => ({
      type: 'harvest/remove',
      list: 'insights',
      id: pick(now.harvest.insights.slice(-1), 0, 'insight').id,
    })),
    ...burst(3, (k) => ({
      type: 'harvest/edit-followup',
      id: followUp,
      what: note(`Actie ${k}`, cycle),
    })),
    fromHost({ type: 'projector/harvest-screen', screen: 'tension-map' }),
    fromHost({ type: 'projector/harvest-screen', screen: 'threads' }),
    fromHost({ type: 'projector/blackout', blackout: 'black' }),
    fromHost({ type: 'projector/blackout', blackout: 'none' }),
    fromHost({
      type: 'phase/edit',
      id: phaseId(session, 'closing'),
      notes: note('Afsluiten', cycle),
    }),
    go('closing'),
  ]
}

/**
 * Puts the beamer back on one screen in one state (welcome, no principle, no break, no
 * blackout, round timer at rest) so the measurements after the first thousand commands and at
 * the end compare like with like.
 */
export function settleCommands(session: Session): CommandInput[] {
  return [
    { type: 'projector/blackout', blackout: 'none' },
    ...(session.timers.breakEndsAt === null ? [] : [{ type: 'timer/end-break' } as const]),
    { type: 'projector/show-principle', principleId: null },
    { type: 'projector/harvest-screen', screen: 'threads' },
    { type: 'timer/pause', timer: 'round' },
    { type: 'timer/reset', timer: 'round' },
    { type: 'phase/go', id: phaseId(session, 'welcome') },
  ]
}
