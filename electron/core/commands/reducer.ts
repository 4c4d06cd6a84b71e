import { LIMITS, type Dilemma, type Session } from '../session/schema'
import type { Command, CommandError } from './schema'

export type ReduceResult = { ok: true; session: Session } | { ok: false; error: CommandError }

const reject = (code: CommandError['code'], detail: string): ReduceResult => ({
  ok: false,
  error: { code, detail },
})

function findDilemma(session: Session, id: string): Dilemma | undefined {
  return session.dilemmas.find((d) => d.id === id)
}

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items]
  const [item] = copy.splice(from, 1)
  if (item !== undefined) copy.splice(Math.min(to, copy.length), 0, item)
  return copy
}

/** Pure: the same state, command and time always give the same result. */
export function reduce(state: Session, command: Command, now: number): ReduceResult {
  const next = applyCommand(state, command)
  if (!next.ok) return next
  return { ok: true, session: { ...next.session, updatedAt: now } }
}

function applyCommand(state: Session, command: Command): ReduceResult {
  switch (command.type) {
    case 'dilemma/add': {
      if (state.dilemmas.length >= LIMITS.dilemmas)
        return reject('limit-reached', `at most ${LIMITS.dilemmas} dilemmas`)
      const dilemma: Dilemma = {
        id: `d${state.nextSeq}`,
        title: command.title,
        description: command.description,
      }
      return {
        ok: true,
        session: { ...state, nextSeq: state.nextSeq + 1, dilemmas: [...state.dilemmas, dilemma] },
      }
    }
    case 'dilemma/edit': {
      const existing = findDilemma(state, command.id)
      if (!existing) return reject('unknown-dilemma', command.id)
      const edited: Dilemma = {
        ...existing,
        title: command.title ?? existing.title,
        description: command.description ?? existing.description,
      }
      return {
        ok: true,
        session: {
          ...state,
          dilemmas: state.dilemmas.map((d) => (d.id === edited.id ? edited : d)),
        },
      }
    }
    case 'dilemma/remove': {
      if (!findDilemma(state, command.id)) return reject('unknown-dilemma', command.id)
      return {
        ok: true,
        session: {
          ...state,
          dilemmas: state.dilemmas.filter((d) => d.id !== command.id),
          currentDilemmaId: state.currentDilemmaId === command.id ? null : state.currentDilemmaId,
        },
      }
    }
    case 'dilemma/move': {
      const from = state.dilemmas.findIndex((d) => d.id === command.id)
      if (from < 0) return reject('unknown-dilemma', command.id)
      return {
        ok: true,
        session: { ...state, dilemmas: moveItem(state.dilemmas, from, command.toIndex) },
      }
    }
    case 'dilemma/make-current': {
      if (command.id !== null && !findDilemma(state, command.id))
        return reject('unknown-dilemma', command.id)
      return { ok: true, session: { ...state, currentDilemmaId: command.id } }
    }
    case 'projector/show-principle': {
      const { principleId } = command
      if (principleId !== null && !state.principles.some((p) => p.id === principleId))
        return reject('unknown-principle', principleId)
      return { ok: true, session: { ...state, projector: { ...state.projector, principleId } } }
    }
    default:
      return command satisfies never
  }
}
