import { z } from 'zod'
import type { ReportOptions, Session } from '../../session/schema'
import { accept, definedFields, type ReduceResult } from '../helpers'

export const reportCommandSchemas = [
  z.strictObject({
    type: z.literal('report/options'),
    includeNames: z.boolean().optional(),
    includeContributors: z.boolean().optional(),
    includeOpenDilemmas: z.boolean().optional(),
  }),
] as const

const REPORT_OPTION_KEYS = [
  'includeNames',
  'includeContributors',
  'includeOpenDilemmas',
] as const satisfies readonly (keyof ReportOptions)[]

export type ReportCommand = z.output<(typeof reportCommandSchemas)[number]>

export function reduceReport(state: Session, command: ReportCommand): ReduceResult {
  switch (command.type) {
    case 'report/options': {
      const { type, ...changes } = command
      const report = { ...state.report, ...definedFields(changes) }
      const same = REPORT_OPTION_KEYS.every((key) => report[key] === state.report[key])
      return accept(same ? state : { ...state, report })
    }
    default:
      return command.type satisfies never
  }
}
