import type { Session } from '@core/session/schema'
import { currentPhase } from '@core/session/selectors'
import { lazyComponents } from '@common/lazy-components'
import type { WindowChunks } from '@common/mount-window'
import type { Component } from 'vue'
import { SECTION_FOR_PHASE, type SectionId } from './sections'

const panel = (load: () => Promise<{ default: Component }>) => async () => (await load()).default

/**
 * Each section's panel is a chunk of its own: the presenter paints with the one it opens on, and
 * loads the others right after.
 */
export const SECTION_PANELS = lazyComponents<SectionId>({
  session: panel(() => import('../setup/SetupPanel.vue')),
  principles: panel(() => import('../principles/PrinciplesPanel.vue')),
  participants: panel(() => import('../participants/ParticipantsPanel.vue')),
  programme: panel(() => import('../programme/ProgrammePanel.vue')),
  starter: panel(() => import('../starter/StarterPanel.vue')),
  dilemmas: panel(() => import('../dilemmas/DilemmaQueuePanel.vue')),
  casework: panel(() => import('../casework/CaseworkPanel.vue')),
  harvest: panel(() => import('../harvest/HarvestPanel.vue')),
  closing: panel(() => import('../closing/ClosingPanel.vue')),
  report: panel(() => import('../report/ReportPanel.vue')),
  print: panel(() => import('../print/PrintPanel.vue')),
  team: panel(() => import('../team/TeamOverviewPanel.vue')),
  displays: panel(() => import('../projector/ProjectorPanel.vue')),
})

/** The section the presenter opens on: the one the programme's current phase needs. */
export function openingSection(session: Session | null): SectionId {
  const phase = session ? currentPhase(session) : null
  return phase ? SECTION_FOR_PHASE[phase.kind] : 'session'
}

/** The presenter paints with the section it opens on; the other sections load right after. */
export const PRESENTER_CHUNKS: WindowChunks = {
  beforeFirstPaint: (session) => SECTION_PANELS.load(openingSection(session)),
  afterFirstPaint: () => SECTION_PANELS.loadAll(),
}
