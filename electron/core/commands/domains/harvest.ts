import { z } from 'zod'
import { target, typed } from '../coalescing'
import {
  dateSchema,
  harvestListSchema,
  idSchema,
  LIMITS,
  longTextSchema,
  shortTextSchema,
  type FollowUp,
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

export const harvestCommandSchemas = [
  z.strictObject({
    type: z.literal('harvest/add'),
    list: harvestListSchema,
    text: longTextSchema.default(''),
    /** Where to insert it (typing Enter in the middle of a list); at the end when left out. */
    index: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({
    type: z.literal('harvest/edit'),
    list: target(harvestListSchema),
    id: target(idSchema),
    text: typed(longTextSchema),
  }),
  z.strictObject({ type: z.literal('harvest/remove'), list: harvestListSchema, id: idSchema }),
  z.strictObject({
    type: z.literal('harvest/move'),
    list: harvestListSchema,
    id: idSchema,
    toIndex: z.number().int().nonnegative(),
  }),
  z.strictObject({
    type: z.literal('harvest/add-followup'),
    what: longTextSchema.default(''),
    who: shortTextSchema.default(''),
    due: dateSchema.default(''),
  }),
  z.strictObject({
    type: z.literal('harvest/edit-followup'),
    id: target(idSchema),
    what: typed(longTextSchema.optional()),
    who: typed(shortTextSchema.optional()),
    due: dateSchema.optional(),
  }),
  z.strictObject({ type: z.literal('harvest/remove-followup'), id: idSchema }),
] as const

export type HarvestCommand = z.output<(typeof harvestCommandSchemas)[number]>

export function reduceHarvest(state: Session, command: HarvestCommand): ReduceResult {
  const { harvest } = state
  const withHarvest = (changes: Partial<Session['harvest']>) =>
    accept({ ...state, harvest: { ...harvest, ...changes } })
  switch (command.type) {
    case 'harvest/add': {
      if (harvest[command.list].length >= LIMITS.harvestItems)
        return reject('limit-reached', `at most ${LIMITS.harvestItems} items`)
      const taken = takeId(state, 'h')
      if (!taken) return noIdsLeft()
      const list = [...harvest[command.list]]
      list.splice(command.index ?? list.length, 0, { id: taken.id, text: command.text })
      return accept({ ...taken.session, harvest: { ...harvest, [command.list]: list } })
    }
    case 'harvest/edit': {
      const list = editById(harvest[command.list], command.id, { text: command.text })
      return list ? withHarvest({ [command.list]: list }) : reject('unknown-item', command.id)
    }
    case 'harvest/remove': {
      const list = harvest[command.list]
      if (!list.some((item) => item.id === command.id)) return reject('unknown-item', command.id)
      return withHarvest({ [command.list]: list.filter((item) => item.id !== command.id) })
    }
    case 'harvest/move': {
      const list = moveById(harvest[command.list], command.id, command.toIndex)
      return list ? withHarvest({ [command.list]: list }) : reject('unknown-item', command.id)
    }
    case 'harvest/add-followup': {
      if (harvest.followUps.length >= LIMITS.harvestItems)
        return reject('limit-reached', `at most ${LIMITS.harvestItems} follow-ups`)
      const taken = takeId(state, 'f')
      if (!taken) return noIdsLeft()
      const { what, who, due } = command
      const followUp: FollowUp = { id: taken.id, what, who, due }
      return accept({
        ...taken.session,
        harvest: { ...harvest, followUps: [...harvest.followUps, followUp] },
      })
    }
    case 'harvest/edit-followup': {
      const { type, id, ...changes } = command
      const followUps = editById(harvest.followUps, id, changes)
      return followUps ? withHarvest({ followUps }) : reject('unknown-item', id)
    }
    case 'harvest/remove-followup': {
      if (!harvest.followUps.some((f) => f.id === command.id))
        return reject('unknown-item', command.id)
      return withHarvest({ followUps: harvest.followUps.filter((f) => f.id !== command.id) })
    }
    default:
      return command satisfies never
  }
}
