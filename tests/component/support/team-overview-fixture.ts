import type { TeamOverview } from '@contract'
import type { VueWrapper } from '@vue/test-utils'
import TeamOverviewPanel from '../../../renderer/src/presenter/team/TeamOverviewPanel.vue'
import type { FakeBackend } from './fake-backend'
import { createHarness, settle, type Harness } from './harness'
import { ScriptedTeam } from './scripted-team'

/** What main could read from a team's folder: two sessions, every kind of skipped file. */
export const OVERVIEW: TeamOverview = {
  folderName: 'Team Zuid',
  sessions: [
    {
      date: '2026-09-10',
      title: 'Teamdag september',
      discussed: 3,
      counts: [
        { name: 'Integriteit', colour: '#1f5fa8', first: 4, after: 5 },
        { name: 'Dienstbaarheid', colour: '#a1262d', first: 6, after: 5 },
      ],
    },
    { date: '2026-12-03', title: 'Teamdag december', discussed: 1, counts: [] },
  ],
  principles: [
    { name: 'Integriteit', colour: '#1f5fa8', first: 4, after: 8 },
    { name: 'Dienstbaarheid', colour: 'red; background: url(x)', first: 6, after: 2 },
  ],
  pairs: [{ a: 'Integriteit', b: 'Dienstbaarheid', kind: 'tension', sessions: 2 }],
  threads: [
    { date: '2026-09-10', text: 'Eerst luisteren' },
    { date: '2026-09-10', text: 'Tijd nemen voor twijfel' },
    { date: '2026-12-03', text: 'Samen beslissen' },
  ],
  followUps: [
    { date: '2026-09-10', what: 'Casus uitwerken', state: 'done' },
    { date: '2026-09-10', what: 'Overleg plannen', state: 'in-progress' },
    { date: '2026-12-03', what: 'Dilemma’s verzamelen', state: 'open' },
  ],
  skipped: [
    { name: 'oud.dilemmas', reason: 'damaged' },
    { name: 'boodschappen.dilemmas', reason: 'foreign' },
    { name: '2027 Teamdag.dilemmas', reason: 'newer-version' },
    { name: 'groot.dilemmas', reason: 'too-large' },
  ],
  hidden: 2,
}

export const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'

export async function mountPanel(team = new ScriptedTeam()) {
  const harness: Harness = await createHarness()
  team.install(harness.backend)
  const wrapper = harness.mount(TeamOverviewPanel)
  await settle()
  return { ...harness, wrapper, team }
}

export const byTestId = (wrapper: VueWrapper, id: string) => wrapper.find(`[data-testid="${id}"]`)
/** Each match's parts (cells, lines) as the eye reads them, apart: “Integriteit | 4 | 8”. */
export const texts = (wrapper: VueWrapper, id: string) =>
  wrapper
    .findAll(`[data-testid="${id}"]`)
    .map((each) =>
      [...each.element.children]
        .map((part) => (part.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' | '),
    )
/** What the page sent main on `channel`, in order. */
export const teamCalls = (backend: FakeBackend, channel: string) =>
  backend.calls.filter((call) => call.channel === channel).map((call) => call.payload)

export async function click(wrapper: VueWrapper, id: string): Promise<void> {
  await byTestId(wrapper, id).trigger('click')
  await settle()
}

export async function chooseFolder(wrapper: VueWrapper, team: ScriptedTeam, overview = OVERVIEW) {
  team.chooseResult = { ok: true, overview }
  await click(wrapper, 'team-choose')
}
