import type { Component } from 'vue'
import CaseworkPanel from '../panels/CaseworkPanel.vue'
import ClosingPanel from '../panels/ClosingPanel.vue'
import DilemmaQueuePanel from '../panels/DilemmaQueuePanel.vue'
import BeamerPanel from '../panels/BeamerPanel.vue'
import HarvestPanel from '../panels/HarvestPanel.vue'
import ParticipantsPanel from '../panels/ParticipantsPanel.vue'
import PrinciplesPanel from '../panels/PrinciplesPanel.vue'
import ProgrammePanel from '../panels/ProgrammePanel.vue'
import ReportPanel from '../panels/ReportPanel.vue'
import SetupPanel from '../panels/SetupPanel.vue'
import StarterPanel from '../panels/StarterPanel.vue'
import type { SectionId } from './sections'

export const SECTION_PANELS: Record<SectionId, Component> = {
  session: SetupPanel,
  principles: PrinciplesPanel,
  participants: ParticipantsPanel,
  programme: ProgrammePanel,
  starter: StarterPanel,
  dilemmas: DilemmaQueuePanel,
  casework: CaseworkPanel,
  harvest: HarvestPanel,
  closing: ClosingPanel,
  report: ReportPanel,
  displays: BeamerPanel,
}
