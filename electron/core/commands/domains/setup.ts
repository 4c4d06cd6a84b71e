import { z } from 'zod'
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
    title: shortTextSchema.optional(),
    date: dateSchema.optional(),
    startTime: timeSchema.optional(),
    location: shortTextSchema.optional(),
    team: shortTextSchema.optional(),
    facilitators: z.array(z.string().trim().min(1).max(80)).max(LIMITS.facilitators).optional(),
    variant: variantSchema.optional(),
    plannedMinutes: plannedMinutesSchema.optional(),
    moreInfo: shortTextSchema.optional(),
  }),
  z.strictObject({ type: z.literal('session/new') }),
  z.strictObject({ type: z.literal('session/from-template') }),
  z.strictObject({ type: z.literal('display/set-locale'), locale: localeSchema }),
] as const

export type SetupCommand = z.output<(typeof setupCommandSchemas)[number]>

export function reduceSetup(state: Session, command: SetupCommand, now: number): ReduceResult {
  switch (command.type) {
    case 'setup/edit': {
      const { type, ...changes } = command
      return accept({ ...state, setup: { ...state.setup, ...definedFields(changes) } })
    }
    case 'session/new':
      return accept({ ...createSession(now, state.locale), nextSeq: state.nextSeq })
    case 'session/from-template':
      return accept(sessionAsTemplate(state, now))
    case 'display/set-locale':
      return accept({ ...state, locale: command.locale })
    default:
      return command satisfies never
  }
}
