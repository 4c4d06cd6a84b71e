import { z } from 'zod'
import type { Session } from '../../session/schema'
import { accept, definedFields, type ReduceResult } from '../helpers'

export const reportCommandSchemas = [
  z.strictObject({
    type: z.literal('report/options'),
    includeNames: z.boolean().optional(),
    includeContributors: z.boolean().optional(),
  }),
] as const

export type ReportCommand = z.output<(typeof reportCommandSchemas)[number]>

export function reduceReport(state: Session, command: ReportCommand): ReduceResult {
  switch (command.type) {
    case 'report/options': {
      const { type, ...changes } = command
      const report = { ...state.report, ...definedFields(changes) }
      const same =
        report.includeNames === state.report.includeNames &&
        report.includeContributors === state.report.includeContributors
      return accept(same ? state : { ...state, report })
    }
    default:
      return command.type satisfies never
  }
}
