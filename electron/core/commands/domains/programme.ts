import { z } from 'zod'
import { target, typed } from '../coalescing'
import {
  idSchema,
  LIMITS,
  longTextSchema,
  phaseKindSchema,
  phaseMinutesSchema,
  phaseTitleSchema,
  type Phase,
  type PhaseKind,
  type Session,
} from '../../session/schema'
import {
  accept,
  editById,
  moveById,
  noIdsLeft,
  reject,
  takeId,
  type ReduceResult,
} from '../helpers'
import { withCurrentDilemma } from './dilemmas'
import { withoutPhaseTimer, withPhaseTimer } from './timers'

export const programmeCommandSchemas = [
  z.strictObject({
    type: z.literal('phase/add'),
    kind: phaseKindSchema,
    title: phaseTitleSchema,
    plannedMinutes: phaseMinutesSchema,
    /** Where to insert it; at the end when left out. */
    index: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({
    type: z.literal('phase/edit'),
    id: target(idSchema),
    kind: phaseKindSchema.optional(),
    title: typed(phaseTitleSchema.optional()),
    plannedMinutes: phaseMinutesSchema.optional(),
    notes: typed(longTextSchema.optional()),
  }),
  z.strictObject({ type: z.literal('phase/remove'), id: idSchema }),
  z.strictObject({
    type: z.literal('phase/move'),
    id: idSchema,
    toIndex: z.number().int().nonnegative(),
  }),
  z.strictObject({ type: z.literal('phase/go'), id: idSchema.nullable() }),
  z.strictObject({ type: z.literal('phase/next') }),
  z.strictObject({ type: z.literal('phase/previous') }),
  /** Ends the programme: the current (last) phase gets its end time and stays on screen. */
  z.strictObject({ type: z.literal('phase/finish') }),
] as const

export type ProgrammeCommand = z.output<(typeof programmeCommandSchemas)[number]>

/** Phases after the casework: the dilemma still in discussion is done when one begins. */
const AFTER_CASEWORK: ReadonlySet<PhaseKind> = new Set(['harvest', 'closing'])

/**
 * Entering the harvest or the closing closes the dilemma in discussion. Stepping back from there
 * into the casework opens the last discussed one again, so back and forward undo each other.
 */
function dilemmaOnArrival(session: Session, target: Phase): Session {
  if (AFTER_CASEWORK.has(target.kind)) return withCurrentDilemma(session, null)
  const leaving = session.phases.find((p) => p.id === session.currentPhaseId)
  if (target.kind !== 'casework' || !leaving || !AFTER_CASEWORK.has(leaving.kind)) return session
  if (session.currentDilemmaId !== null) return session
  const last = [...session.dilemmas].reverse().find((d) => d.status === 'discussed')
  return last ? withCurrentDilemma(session, last.id) : session
}

/**
 * Moving to a phase stamps the times the report needs (first start, last leave) and hands the
 * projector back to that phase's screen.
 */
export function goToPhase(session: Session, id: string | null, now: number): ReduceResult {
  if (id !== null && !session.phases.some((p) => p.id === id)) return reject('unknown-phase', id)
  if (id === session.currentPhaseId) return accept(session)
  const target = session.phases.find((p) => p.id === id)
  const state = target ? dilemmaOnArrival(session, target) : session
  const phases = state.phases.map((phase): Phase => {
    if (phase.id === state.currentPhaseId) return { ...phase, endedAt: now }
    if (phase.id === id) return { ...phase, startedAt: phase.startedAt ?? now, endedAt: null }
    return phase
  })
  const moved: Session = {
    ...state,
    phases,
    currentPhaseId: id,
    projector: { ...state.projector, principleId: null },
  }
  return accept(
    target ? withPhaseTimer(moved, target.plannedMinutes, now) : withoutPhaseTimer(moved),
  )
}

function stepPhase(state: Session, step: 1 | -1, now: number): ReduceResult {
  const index = state.phases.findIndex((p) => p.id === state.currentPhaseId)
  const target = index < 0 ? (step === 1 ? 0 : -1) : index + step
  const phase = state.phases[target]
  if (!phase) return reject('invalid-state', step === 1 ? 'no next phase' : 'no previous phase')
  return goToPhase(state, phase.id, now)
}

export function reduceProgramme(
  state: Session,
  command: ProgrammeCommand,
  now: number,
): ReduceResult {
  switch (command.type) {
    case 'phase/add': {
      if (state.phases.length >= LIMITS.phases)
        return reject('limit-reached', `at most ${LIMITS.phases} phases`)
      const taken = takeId(state, 'ph')
      if (!taken) return noIdsLeft()
      const phase: Phase = {
        id: taken.id,
        kind: command.kind,
        title: command.title,
        plannedMinutes: command.plannedMinutes,
        notes: '',
        startedAt: null,
        endedAt: null,
      }
      const phases = [...state.phases]
      phases.splice(command.index ?? phases.length, 0, phase)
      return accept({ ...taken.session, phases })
    }
    case 'phase/edit': {
      const { type, id, ...changes } = command
      const phases = editById(state.phases, id, changes)
      if (!phases) return reject('unknown-phase', id)
      // New planned minutes for the phase in progress move its countdown with them.
      const { plannedMinutes } = changes
      const timers =
        id === state.currentPhaseId && plannedMinutes !== undefined
          ? {
              ...state.timers,
              phase: { ...state.timers.phase, durationMs: plannedMinutes * 60_000 },
            }
          : state.timers
      return accept({ ...state, phases, timers })
    }
    case 'phase/remove': {
      if (!state.phases.some((p) => p.id === command.id)) return reject('unknown-phase', command.id)
      const removingCurrent = state.currentPhaseId === command.id
      const remaining: Session = {
        ...state,
        phases: state.phases.filter((p) => p.id !== command.id),
        currentPhaseId: removingCurrent ? null : state.currentPhaseId,
      }
      return accept(removingCurrent ? withoutPhaseTimer(remaining) : remaining)
    }
    case 'phase/move': {
      const phases = moveById(state.phases, command.id, command.toIndex)
      return phases ? accept({ ...state, phases }) : reject('unknown-phase', command.id)
    }
    case 'phase/go':
      return goToPhase(state, command.id, now)
    case 'phase/next':
      return stepPhase(state, 1, now)
    case 'phase/previous':
      return stepPhase(state, -1, now)
    case 'phase/finish': {
      const phases = editById(state.phases, state.currentPhaseId ?? '', { endedAt: now })
      return phases ? accept({ ...state, phases }) : reject('invalid-state', 'no current phase')
    }
    default:
      return command satisfies never
  }
}
