import { z } from 'zod'
import { idSchema } from './primitives'

export const LOCALES = ['nl', 'en'] as const
export const localeSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof localeSchema>

export const PROJECTOR_TIMERS = ['hidden', 'phase', 'round'] as const
export const projectorTimerSchema = z.enum(PROJECTOR_TIMERS)
export type ProjectorTimer = z.infer<typeof projectorTimerSchema>

/** What a clicker's black-screen key does: black, or a neutral pause screen. */
export const BLACKOUTS = ['none', 'black', 'pause'] as const
export const blackoutSchema = z.enum(BLACKOUTS)
export type Blackout = z.infer<typeof blackoutSchema>

export const PROJECTOR_THEMES = ['standard', 'high-contrast'] as const
export const projectorThemeSchema = z.enum(PROJECTOR_THEMES)
export type ProjectorTheme = z.infer<typeof projectorThemeSchema>

export const FONT_SCALE = { min: 0.8, max: 1.5, step: 0.1 } as const
export const fontScaleSchema = z.number().min(FONT_SCALE.min).max(FONT_SCALE.max)

/** What the beamer shows during the harvest: the threads, or the session's tension map. */
export const HARVEST_SCREENS = ['threads', 'tension-map'] as const
export const harvestScreenSchema = z.enum(HARVEST_SCREENS)
export type HarvestScreen = z.infer<typeof harvestScreenSchema>

export const projectorStateSchema = z.object({
  /** A principle shown very large, over whatever the phase would show. */
  principleId: idSchema.nullable(),
  /** Which timer the beamer shows, if any. */
  timer: projectorTimerSchema,
  blackout: blackoutSchema,
  /** The facilitator's text-size control for the beamer. */
  fontScale: fontScaleSchema,
  theme: projectorThemeSchema,
  /**
   * Per moment of a variant-1 count: keep the bars off the beamer while counting, so nobody
   * follows the crowd, until the facilitator reveals them. Files from before: the first hidden.
   */
  hideTally: z
    .object({ first: z.boolean(), after: z.boolean() })
    .default({ first: true, after: false }),
  harvestScreen: harvestScreenSchema.default('threads'),
})
export type ProjectorState = z.infer<typeof projectorStateSchema>
