import { z } from 'zod'
import {
  FINDING_CHOICES_MAX,
  FINDING_KEY_MAX,
  findingChoiceSchema,
  type ReportOptions,
  type Session,
} from '../../session/schema'
import { accept, definedFields, type ReduceResult } from '../helpers'

export const reportCommandSchemas = [
  z.strictObject({
    type: z.literal('report/options'),
    includeNames: z.boolean().optional(),
    includeContributors: z.boolean().optional(),
    includeOpenDilemmas: z.boolean().optional(),
    includeFollowUpOwners: z.boolean().optional(),
  }),
  /** The facilitator's choice for one finding of the publication check; null: its default again. */
  z.strictObject({
    type: z.literal('report/finding-choice'),
    key: z.string().min(1).max(FINDING_KEY_MAX),
    choice: findingChoiceSchema.nullable(),
  }),
] as const

const REPORT_OPTION_KEYS = [
  'includeNames',
  'includeContributors',
  'includeOpenDilemmas',
  'includeFollowUpOwners',
] as const satisfies readonly (keyof ReportOptions)[]

export type ReportCommand = z.output<(typeof reportCommandSchemas)[number]>

/** The choices with one set or cleared; the oldest make way when the record is full. */
function withChoice(
  choices: ReportOptions['findingChoices'],
  key: string,
  choice: ReportOptions['findingChoices'][string] | null,
): ReportOptions['findingChoices'] {
  const rest = Object.entries(choices).filter(([existing]) => existing !== key)
  if (choice === null) return Object.fromEntries(rest)
  const kept = rest.slice(Math.max(0, rest.length - (FINDING_CHOICES_MAX - 1)))
  return Object.fromEntries([...kept, [key, choice]])
}

export function reduceReport(state: Session, command: ReportCommand): ReduceResult {
  switch (command.type) {
    case 'report/options': {
      const { type, ...changes } = command
      const report = { ...state.report, ...definedFields(changes) }
      const same = REPORT_OPTION_KEYS.every((key) => report[key] === state.report[key])
      return accept(same ? state : { ...state, report })
    }
    case 'report/finding-choice': {
      const { key, choice } = command
      if ((state.report.findingChoices[key] ?? null) === choice) return accept(state)
      const findingChoices = withChoice(state.report.findingChoices, key, choice)
      return accept({ ...state, report: { ...state.report, findingChoices } })
    }
    default:
      return command satisfies never
  }
}
