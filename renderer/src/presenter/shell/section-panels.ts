import type { Component } from 'vue'
import CaseworkPanel from '../casework/CaseworkPanel.vue'
import ClosingPanel from '../closing/ClosingPanel.vue'
import DilemmaQueuePanel from '../dilemmas/DilemmaQueuePanel.vue'
import ProjectorPanel from '../projector/ProjectorPanel.vue'
import HarvestPanel from '../harvest/HarvestPanel.vue'
import ParticipantsPanel from '../participants/ParticipantsPanel.vue'
import PrinciplesPanel from '../principles/PrinciplesPanel.vue'
import PrintPanel from '../print/PrintPanel.vue'
import ProgrammePanel from '../programme/ProgrammePanel.vue'
import ReportPanel from '../report/ReportPanel.vue'
import SetupPanel from '../setup/SetupPanel.vue'
import StarterPanel from '../starter/StarterPanel.vue'
import TeamOverviewPanel from '../team/TeamOverviewPanel.vue'
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
  print: PrintPanel,
  team: TeamOverviewPanel,
  displays: ProjectorPanel,
}
