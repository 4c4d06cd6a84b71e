import type { PhaseKind } from '@core/session/schema'

/** The presenter's sections, in the order of a workshop day. */
export const SECTIONS = [
  'session',
  'principles',
  'participants',
  'programme',
  'starter',
  'dilemmas',
  'casework',
  'harvest',
  'closing',
  'report',
  'displays',
] as const

export type SectionId = (typeof SECTIONS)[number]

/** The section a facilitator needs during each kind of phase. */
export function sectionForPhase(kind: PhaseKind): SectionId {
  switch (kind) {
    case 'welcome':
      return 'session'
    case 'starter':
      return 'starter'
    case 'explanation':
      return 'principles'
    case 'casework':
      return 'casework'
    case 'harvest':
      return 'harvest'
    case 'closing':
      return 'closing'
    case 'other':
      return 'programme'
    default:
      return kind satisfies never
  }
}
