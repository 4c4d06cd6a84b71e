import exampleDilemmas from '@resources/examples/dilemmas.nl.json'
import { z } from 'zod'
import { target, typed } from '../coalescing'
import {
  caseTextFieldSchema,
  caseVariantSchema,
  dilemmaSourceSchema,
  dilemmaStatusSchema,
  dilemmaTitleSchema,
  idSchema,
  LIMITS,
  longTextSchema,
  shortTextSchema,
  type CaseVariant,
  type Dilemma,
  type Session,
} from '../../session/schema'
import {
  accept,
  editById,
  moveById,
  noIdsLeft,
  reject,
  takeId,
  updateById,
  type ReduceResult,
} from '../helpers'
import { blankDilemma, type DilemmaFields } from '../../session/blank-dilemma'

export const dilemmaCommandSchemas = [
  z.strictObject({
    type: z.literal('dilemma/add'),
    title: dilemmaTitleSchema,
    description: longTextSchema.default(''),
    contributor: shortTextSchema.default(''),
    source: dilemmaSourceSchema.default('prepared'),
    variant: caseVariantSchema.optional(),
  }),
  /** Dilemmas collected beforehand, pasted as a list: one title each, one undo step. */
  z.strictObject({
    type: z.literal('dilemma/add-many'),
    titles: z.array(dilemmaTitleSchema).min(1).max(LIMITS.dilemmas),
    source: dilemmaSourceSchema.default('prepared'),
  }),
  z.strictObject({ type: z.literal('dilemma/add-example'), exampleId: idSchema }),
  z.strictObject({
    type: z.literal('dilemma/edit'),
    id: target(idSchema),
    title: typed(dilemmaTitleSchema.optional()),
    description: typed(longTextSchema.optional()),
    contributor: typed(shortTextSchema.optional()),
    source: dilemmaSourceSchema.optional(),
    variant: caseVariantSchema.optional(),
  }),
  z.strictObject({ type: z.literal('dilemma/remove'), id: idSchema }),
  z.strictObject({
    type: z.literal('dilemma/move'),
    id: idSchema,
    toIndex: z.number().int().nonnegative(),
  }),
  z.strictObject({ type: z.literal('dilemma/make-current'), id: idSchema.nullable() }),
  z.strictObject({
    type: z.literal('dilemma/set-status'),
    id: idSchema,
    status: dilemmaStatusSchema,
  }),
  z.strictObject({
    type: z.literal('dilemma/set-text'),
    id: target(idSchema),
    field: target(caseTextFieldSchema),
    text: typed(longTextSchema),
  }),
] as const

export type DilemmaCommand = z.output<(typeof dilemmaCommandSchemas)[number]>

/** The examples we ship for groups with little work experience. */
export const EXAMPLE_DILEMMAS: readonly { id: string; title: string; description: string }[] =
  exampleDilemmas.dilemmas

/** New dilemmas follow the session's variant; with both, variant 1 until changed. */
export function defaultCaseVariant(session: Session): CaseVariant {
  return session.setup.variant === 'variant2' ? 'variant2' : 'variant1'
}

function newDilemma(
  state: Session,
  fields: DilemmaFields,
  variant: CaseVariant | undefined,
): ReduceResult {
  if (state.dilemmas.length >= LIMITS.dilemmas)
    return reject('limit-reached', `at most ${LIMITS.dilemmas} dilemmas`)
  const taken = takeId(state, 'd')
  if (!taken) return noIdsLeft()
  const dilemma = blankDilemma(taken.id, fields, variant ?? defaultCaseVariant(state))
  return accept({ ...taken.session, dilemmas: [...state.dilemmas, dilemma] })
}

/**
 * Making a dilemma current leaves the previous one "discussed" (unless it was skipped) and
 * hands the projector back to the casework screen.
 */
function makeCurrent(state: Session, id: string | null): ReduceResult {
  if (id !== null && !state.dilemmas.some((d) => d.id === id)) return reject('unknown-dilemma', id)
  if (id === state.currentDilemmaId) return accept(state)
  const moved = withCurrentDilemma(state, id)
  return accept({ ...moved, projector: { ...moved.projector, principleId: null } })
}

/** The dilemma in discussion is done ("discussed", unless it was skipped); `id` comes next. */
export function withCurrentDilemma(state: Session, id: string | null): Session {
  const dilemmas = state.dilemmas.map((d): Dilemma => {
    if (d.id === state.currentDilemmaId && d.status === 'queued')
      return { ...d, status: 'discussed' }
    if (d.id === id) return { ...d, status: 'queued' }
    return d
  })
  return { ...state, dilemmas, currentDilemmaId: id }
}

export function reduceDilemmas(state: Session, command: DilemmaCommand): ReduceResult {
  switch (command.type) {
    case 'dilemma/add': {
      const { title, description, contributor, source, variant } = command
      return newDilemma(state, { title, description, contributor, source }, variant)
    }
    case 'dilemma/add-many': {
      if (state.dilemmas.length + command.titles.length > LIMITS.dilemmas)
        return reject('limit-reached', `at most ${LIMITS.dilemmas} dilemmas`)
      let result = accept(state)
      for (const title of command.titles) {
        if (!result.ok) break
        const fields = { title, description: '', contributor: '', source: command.source }
        result = newDilemma(result.session, fields, undefined)
      }
      return result
    }
    case 'dilemma/add-example': {
      const example = EXAMPLE_DILEMMAS.find((e) => e.id === command.exampleId)
      if (!example) return reject('unknown-example', command.exampleId)
      const { title, description } = example
      return newDilemma(
        state,
        { title, description, contributor: '', source: 'example' },
        undefined,
      )
    }
    case 'dilemma/edit': {
      const { type, id, ...changes } = command
      const dilemmas = editById(state.dilemmas, id, changes)
      return dilemmas ? accept({ ...state, dilemmas }) : reject('unknown-dilemma', id)
    }
    case 'dilemma/remove': {
      if (!state.dilemmas.some((d) => d.id === command.id))
        return reject('unknown-dilemma', command.id)
      return accept({
        ...state,
        dilemmas: state.dilemmas.filter((d) => d.id !== command.id),
        currentDilemmaId: state.currentDilemmaId === command.id ? null : state.currentDilemmaId,
      })
    }
    case 'dilemma/move': {
      const dilemmas = moveById(state.dilemmas, command.id, command.toIndex)
      return dilemmas ? accept({ ...state, dilemmas }) : reject('unknown-dilemma', command.id)
    }
    case 'dilemma/make-current':
      return makeCurrent(state, command.id)
    case 'dilemma/set-status': {
      const dilemmas = editById(state.dilemmas, command.id, { status: command.status })
      if (!dilemmas) return reject('unknown-dilemma', command.id)
      // A dilemma that is finished or skipped is no longer the one on the floor.
      const stillCurrent = !(state.currentDilemmaId === command.id && command.status !== 'queued')
      return accept({
        ...state,
        dilemmas,
        currentDilemmaId: stillCurrent ? state.currentDilemmaId : null,
      })
    }
    case 'dilemma/set-text': {
      const dilemmas = updateById(state.dilemmas, command.id, (d) => ({
        ...d,
        [command.field]: command.text,
      }))
      return dilemmas ? accept({ ...state, dilemmas }) : reject('unknown-dilemma', command.id)
    }
    default:
      return command satisfies never
  }
}
