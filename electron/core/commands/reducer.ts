import type { Session } from '../session/schema'
import { reduceCasework, type CaseworkCommand } from './domains/casework'
import { reduceDilemmas, type DilemmaCommand } from './domains/dilemmas'
import { reduceHarvest, type HarvestCommand } from './domains/harvest'
import { reduceParticipants, type ParticipantCommand } from './domains/participants'
import { reducePrinciples, type PrincipleCommand } from './domains/principles'
import { reduceProgramme, type ProgrammeCommand } from './domains/programme'
import { reduceProjector, type ProjectorCommand } from './domains/projector'
import { reduceReport, type ReportCommand } from './domains/report'
import { reduceSetup, type SetupCommand } from './domains/setup'
import { reduceTimers, type TimerCommand } from './domains/timers'
import type { ReduceResult } from './helpers'
import type { SessionCommand } from './schema'

export type { ReduceResult } from './helpers'

const inDomain =
  <C extends SessionCommand>(prefixes: readonly string[]) =>
  (command: SessionCommand): command is C =>
    prefixes.some((prefix) => command.type.startsWith(prefix))

const isSetup = inDomain<SetupCommand>(['setup/', 'session/', 'display/'])
const isPrinciple = inDomain<PrincipleCommand>(['principle/', 'principles/'])
const isParticipant = inDomain<ParticipantCommand>(['participant/'])
const isProgramme = inDomain<ProgrammeCommand>(['phase/', 'starter/'])
const isDilemma = inDomain<DilemmaCommand>(['dilemma/'])
const isCasework = inDomain<CaseworkCommand>(['tally/', 'v2/'])
const isHarvest = inDomain<HarvestCommand>(['harvest/', 'followup/'])
const isProjector = inDomain<ProjectorCommand>(['projector/'])
const isTimer = inDomain<TimerCommand>(['timer/', 'timers/', 'break/'])
const isReport = inDomain<ReportCommand>(['report/'])

/** Pure: the same state, command and time always give the same result. */
export function reduce(state: Session, command: SessionCommand, now: number): ReduceResult {
  const result = applyCommand(state, command, now)
  if (!result.ok || result.session === state) return result
  return { ok: true, session: { ...result.session, updatedAt: now } }
}

function applyCommand(state: Session, command: SessionCommand, now: number): ReduceResult {
  if (isSetup(command)) return reduceSetup(state, command, now)
  if (isPrinciple(command)) return reducePrinciples(state, command)
  if (isParticipant(command)) return reduceParticipants(state, command)
  if (isProgramme(command)) return reduceProgramme(state, command, now)
  if (isDilemma(command)) return reduceDilemmas(state, command)
  if (isCasework(command)) return reduceCasework(state, command, now)
  if (isHarvest(command)) return reduceHarvest(state, command)
  if (isProjector(command)) return reduceProjector(state, command)
  if (isTimer(command)) return reduceTimers(state, command, now)
  if (isReport(command)) return reduceReport(state, command)
  return command satisfies never
}
