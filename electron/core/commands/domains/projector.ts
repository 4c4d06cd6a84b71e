import { z } from 'zod'
import {
  blackoutSchema,
  harvestScreenSchema,
  fontScaleSchema,
  idSchema,
  projectorThemeSchema,
  tallyMomentSchema,
  projectorTimerSchema,
  type Session,
} from '../../session/schema'
import { accept, reject, type ReduceResult } from '../helpers'

export const projectorCommandSchemas = [
  z.strictObject({ type: z.literal('projector/show-principle'), principleId: idSchema.nullable() }),
  z.strictObject({ type: z.literal('projector/set-timer'), timer: projectorTimerSchema }),
  z.strictObject({ type: z.literal('projector/blackout'), blackout: blackoutSchema }),
  z.strictObject({ type: z.literal('projector/set-font-scale'), fontScale: fontScaleSchema }),
  z.strictObject({ type: z.literal('projector/set-theme'), theme: projectorThemeSchema }),
  /** Whether a variant-1 count of this moment stays off the beamer until it is revealed. */
  z.strictObject({
    type: z.literal('projector/hide-tally'),
    moment: tallyMomentSchema,
    hide: z.boolean(),
  }),
  z.strictObject({ type: z.literal('projector/harvest-screen'), screen: harvestScreenSchema }),
] as const

export type ProjectorCommand = z.output<(typeof projectorCommandSchemas)[number]>

export function reduceProjector(state: Session, command: ProjectorCommand): ReduceResult {
  const projector = (changes: Partial<Session['projector']>) => {
    // Pressing B on a black beamer, or + at the largest size, changes nothing: no undo step.
    const same = Object.entries(changes).every(
      ([key, value]) => state.projector[key as keyof Session['projector']] === value,
    )
    return accept(same ? state : { ...state, projector: { ...state.projector, ...changes } })
  }
  switch (command.type) {
    case 'projector/show-principle': {
      const { principleId } = command
      if (principleId !== null && !state.principles.some((p) => p.id === principleId))
        return reject('unknown-principle', principleId)
      return projector({ principleId })
    }
    case 'projector/set-timer':
      return projector({ timer: command.timer })
    case 'projector/blackout':
      return projector({ blackout: command.blackout })
    case 'projector/set-font-scale':
      // Kept to one decimal, so repeated steps never drift (1.2000000000000002).
      return projector({ fontScale: Math.round(command.fontScale * 10) / 10 })
    case 'projector/set-theme':
      return projector({ theme: command.theme })
    case 'projector/hide-tally': {
      const { hideTally } = state.projector
      if (hideTally[command.moment] === command.hide) return accept(state)
      return projector({ hideTally: { ...hideTally, [command.moment]: command.hide } })
    }
    case 'projector/harvest-screen':
      return projector({ harvestScreen: command.screen })
    default:
      return command satisfies never
  }
}
