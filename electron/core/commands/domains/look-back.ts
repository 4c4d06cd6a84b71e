import { z } from 'zod'
import { followUpStateSchema, idSchema, type Session } from '../../session/schema'
import { accept, reject, updateById, type ReduceResult } from '../helpers'

/** "Terugblik": marking the previous session's follow-ups, and the list on the beamer. */
export const lookBackCommandSchemas = [
  z.strictObject({
    type: z.literal('lookback/set-state'),
    id: idSchema,
    state: followUpStateSchema,
  }),
  z.strictObject({ type: z.literal('lookback/show'), shown: z.boolean() }),
] as const

export type LookBackCommand = z.output<(typeof lookBackCommandSchemas)[number]>

export function reduceLookBack(state: Session, command: LookBackCommand): ReduceResult {
  const { lookBack } = state
  switch (command.type) {
    case 'lookback/set-state': {
      const followUps = updateById(lookBack.followUps, command.id, (item) => ({
        ...item,
        state: command.state,
      }))
      if (!followUps) return reject('unknown-item', command.id)
      return accept({ ...state, lookBack: { ...lookBack, followUps } })
    }
    case 'lookback/show':
      // A list with nothing in it would put an empty screen on the beamer.
      if (command.shown && lookBack.followUps.length === 0)
        return reject('invalid-state', 'no follow-ups to look back on')
      return accept({ ...state, lookBack: { ...lookBack, shown: command.shown } })
    default:
      return command satisfies never
  }
}
