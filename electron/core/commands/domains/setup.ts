import { z } from 'zod'
import { typed } from '../coalescing'
import { createSession, sessionAsTemplate } from '../../session/default-session'
import {
  dateSchema,
  localeSchema,
  plannedMinutesSchema,
  shortTextSchema,
  timeSchema,
  variantSchema,
  LIMITS,
  type Session,
} from '../../session/schema'
import { accept, definedFields, type ReduceResult } from '../helpers'

export const setupCommandSchemas = [
  z.strictObject({
    type: z.literal('setup/edit'),
    title: typed(shortTextSchema.optional()),
    date: dateSchema.optional(),
    startTime: timeSchema.optional(),
    location: typed(shortTextSchema.optional()),
    team: typed(shortTextSchema.optional()),
    facilitators: z.array(z.string().trim().min(1).max(80)).max(LIMITS.facilitators).optional(),
    variant: variantSchema.optional(),
    plannedMinutes: plannedMinutesSchema.optional(),
    moreInfo: typed(shortTextSchema.optional()),
  }),
  z.strictObject({ type: z.literal('setup/new-session') }),
  z.strictObject({ type: z.literal('setup/from-template') }),
  z.strictObject({ type: z.literal('setup/set-locale'), locale: localeSchema }),
] as const

export type SetupCommand = z.output<(typeof setupCommandSchemas)[number]>

export function reduceSetup(state: Session, command: SetupCommand, now: number): ReduceResult {
  switch (command.type) {
    case 'setup/edit': {
      const { type, ...changes } = command
      return accept({ ...state, setup: { ...state.setup, ...definedFields(changes) } })
    }
    case 'setup/new-session':
      return accept({ ...createSession(now, state.locale), nextSeq: state.nextSeq })
    case 'setup/from-template':
      return accept(sessionAsTemplate(state, now))
    case 'setup/set-locale':
      return accept({ ...state, locale: command.locale })
    default:
      return command satisfies never
  }
}
