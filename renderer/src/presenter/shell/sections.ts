import type { PhaseKind } from '@core/session/schema'
import type { InjectionKey } from 'vue'

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
  'print',
  'team',
  'displays',
] as const

export type SectionId = (typeof SECTIONS)[number]

/** The section a facilitator needs during each kind of phase. */
export const SECTION_FOR_PHASE: Record<PhaseKind, SectionId> = {
  welcome: 'session',
  starter: 'starter',
  explanation: 'principles',
  casework: 'casework',
  harvest: 'harvest',
  closing: 'closing',
  other: 'programme',
}

/** Opens a section from deep inside a panel (the shell owns which one shows). */
export const OPEN_SECTION: InjectionKey<(section: SectionId) => void> = Symbol('open-section')
