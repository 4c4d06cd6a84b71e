import { z } from 'zod'
import type { ReportFailureReason } from '../report/report-contract'

/** What the app prints from the session's deck, in the order the Drukwerk place lists them. */
export const PRINT_ITEMS = ['floor-mats', 'flyer', 'dilemma-cards', 'handout'] as const
export const printItemSchema = z.enum(PRINT_ITEMS)
export type PrintItem = z.infer<typeof printItemSchema>

/** The facilitator's choices for the items that have any; kept in the window while it is open. */
export const printChoicesSchema = z.strictObject({
  matPaper: z.enum(['a3', 'a4', 'a4-pair']),
  matStyle: z.enum(['full-colour', 'printer-friendly']),
  cardsPerPage: z.union([z.literal(4), z.literal(6)]),
  cardsInclude: z.enum(['examples', 'examples-and-own']),
})
export type PrintChoices = z.infer<typeof printChoicesSchema>

export const DEFAULT_PRINT_CHOICES: PrintChoices = {
  matPaper: 'a3',
  matStyle: 'full-colour',
  cardsPerPage: 4,
  cardsInclude: 'examples',
}

/** One item to preview or to send to the printer. */
export const printOneSchema = z.strictObject({ item: printItemSchema, choices: printChoicesSchema })
export type PrintOne = z.infer<typeof printOneSchema>

/** The items to save as PDF, each once, into one folder the facilitator picks. */
export const printSaveRequestSchema = z.strictObject({
  items: z
    .array(printItemSchema)
    .min(1)
    .max(PRINT_ITEMS.length)
    .refine((items) => new Set(items).size === items.length, 'items repeat'),
  choices: printChoicesSchema,
})
export type PrintSaveRequest = z.infer<typeof printSaveRequestSchema>

export interface SavedPrintFile {
  readonly item: PrintItem
  /** The file name (not the path) as it was written. */
  readonly name: string
}

export type PrintSaveResult =
  | {
      readonly ok: true
      /** The folder shown to the facilitator; the window never sends it back. */
      readonly folder: string
      readonly files: readonly SavedPrintFile[]
      /** Items that could not be made or written; the others are saved. */
      readonly failed: readonly PrintItem[]
      readonly reason?: ReportFailureReason
    }
  | { readonly ok: false; readonly reason: 'cancelled' | 'build-failed' }
  | {
      readonly ok: false
      readonly reason: 'write-failed'
      readonly folder: string
      readonly detail: ReportFailureReason
    }

/** How the system's print dialog ended. */
export type PrintDialogResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'cancelled' | 'failed' }
