import { z } from 'zod'
import { idSchema, LIMITS, longTextSchema, shortTextSchema } from './primitives'

export const DILEMMA_SOURCES = ['prepared', 'on-the-spot', 'current-events', 'example'] as const
export const dilemmaSourceSchema = z.enum(DILEMMA_SOURCES)
export type DilemmaSource = z.infer<typeof dilemmaSourceSchema>

/** Where a dilemma stands; 'current' is not stored but derived from the session's current dilemma. */
export const DILEMMA_STATUSES = ['queued', 'discussed', 'skipped'] as const
export const dilemmaStatusSchema = z.enum(DILEMMA_STATUSES)
export type DilemmaStatus = z.infer<typeof dilemmaStatusSchema>

export const CASE_VARIANTS = ['variant1', 'variant2'] as const
export const caseVariantSchema = z.enum(CASE_VARIANTS)
export type CaseVariant = z.infer<typeof caseVariantSchema>

export const dilemmaTitleSchema = z.string().trim().min(1).max(LIMITS.titleLength)

/** One variant-2 round: who stands on each of the chosen principles (by slot). */
export const roundSchema = z.object({
  speakers: z.array(idSchema.nullable()).length(LIMITS.speakers),
})
export type Round = z.infer<typeof roundSchema>

export const variant2Schema = z.object({
  /** The (up to) four principles the group chose, by slot. */
  principleIds: z.array(idSchema).max(LIMITS.speakers),
  /** Every round is kept; the last one is the current one. */
  rounds: z.array(roundSchema).min(1).max(LIMITS.rounds),
})

/** Texts written during the casework of one dilemma. */
export const CASE_TEXT_FIELDS = [
  'tippingPoint',
  'tensions',
  'good',
  'hard',
  'tops',
  'tips',
] as const
export const caseTextFieldSchema = z.enum(CASE_TEXT_FIELDS)
export type CaseTextField = z.infer<typeof caseTextFieldSchema>

/**
 * Variant 1 counts twice: "eerste keuze" before the conversation and "na het gesprek" after it;
 * the movement between the two is the point of the dance.
 */
export const TALLY_MOMENTS = ['first', 'after'] as const
export const tallyMomentSchema = z.enum(TALLY_MOMENTS)
export type TallyMoment = z.infer<typeof tallyMomentSchema>

const countsSchema = z.record(idSchema, z.number().int().min(0).max(LIMITS.tally))

/** Per moment: whether the beamer shows its count (a hidden one waits for "Onthullen"). */
export const revealedSchema = z.object({ first: z.boolean(), after: z.boolean() })

/**
 * Two principles that pulled against each other ("spanning") or met ("raakvlak") in one
 * dilemma's conversation; the pieces of the tension map.
 */
export const PAIR_KINDS = ['tension', 'common'] as const
export const pairKindSchema = z.enum(PAIR_KINDS)
export type PairKind = z.infer<typeof pairKindSchema>

/** `a` sorts before `b`, so a pair is stored one way only. */
export const pairMarkSchema = z.object({ a: idSchema, b: idSchema, kind: pairKindSchema })
export type PairMark = z.infer<typeof pairMarkSchema>

/** What one variant-2 speaker said went well and was hard in a round. */
export const speakerNoteSchema = z.object({ good: longTextSchema, hard: longTextSchema })
export type SpeakerNote = z.infer<typeof speakerNoteSchema>

/**
 * The notes of one variant-2 round: per speaker (by participant, so notes follow a person who
 * changes places) and the observeerders' tops and tips.
 */
export const roundNotesSchema = z.object({
  speakers: z.record(idSchema, speakerNoteSchema),
  tops: longTextSchema,
  tips: longTextSchema,
})
export type RoundNotes = z.infer<typeof roundNotesSchema>

export const dilemmaSchema = z.object({
  id: idSchema,
  title: dilemmaTitleSchema,
  description: longTextSchema,
  /** Who brought it in; empty keeps the contributor anonymous. */
  contributor: shortTextSchema,
  source: dilemmaSourceSchema,
  status: dilemmaStatusSchema,
  variant: caseVariantSchema,
  /**
   * Variant 1, "na het gesprek": how many stood on each principle after the conversation. Files
   * from before the two moments have only this count, and it is read as this one.
   */
  tally: countsSchema,
  /** Variant 1, "eerste keuze": how many stood on each principle before the conversation. */
  firstTally: countsSchema.default({}),
  /** Which of the two is being counted now (files from before: the one they have). */
  tallyMoment: tallyMomentSchema.default('after'),
  /** Files from before were shown as counted: both revealed. */
  revealed: revealedSchema.default({ first: true, after: true }),
  variant2: variant2Schema,
  /** The tension map's marks for this dilemma (files from before: none). */
  pairs: z.array(pairMarkSchema).max(LIMITS.pairs).default([]),
  /** Per variant-2 round, by index into `variant2.rounds`; a round without notes has none here. */
  roundNotes: z.array(roundNotesSchema).max(LIMITS.rounds).default([]),
  /** Which round's tops and tips the beamer shows instead of the speakers; null: the speakers. */
  roundNotesShown: z
    .number()
    .int()
    .min(0)
    .max(LIMITS.rounds - 1)
    .nullable()
    .default(null),
  tippingPoint: longTextSchema,
  tensions: longTextSchema,
  good: longTextSchema,
  hard: longTextSchema,
  tops: longTextSchema,
  tips: longTextSchema,
})

export type Dilemma = z.infer<typeof dilemmaSchema>
