import {
  API_GLOBAL,
  CHANNELS,
  createPresenterApi,
  ipcRoutes,
  type TeamOverviewResult,
  type TeamSummarySaveResult,
  type Transport,
} from '@contract'
import { teamSummarySaveRequestSchema } from '@core/team/team-contract'
import type { FakeBackend } from './fake-backend'

/**
 * Main's "Teamoverzicht" calls, scripted: the test sets what the folder dialog and a save come
 * to. Every other call goes to the fake backend as before; these two are answered here, checked
 * against the contract's schema and cloned both ways, as IPC does.
 */
export class ScriptedTeam {
  chooseResult: TeamOverviewResult = { ok: false, reason: 'cancelled' }
  saveResult: TeamSummarySaveResult = { ok: false, reason: 'no-overview' }
  /** The next call throws, as an invoke does when main's handler throws. */
  failNext = false
  #gate: Promise<void> | null = null

  /** Holds every team call until the returned function is called, like a slow network folder. */
  hold(): () => void {
    let release: () => void = () => undefined
    this.#gate = new Promise<void>((resolve) => {
      release = () => {
        this.#gate = null
        resolve()
      }
    })
    return release
  }

  async #answer(channel: string, payload: unknown): Promise<unknown> {
    if (channel === CHANNELS.saveTeamSummary) teamSummarySaveRequestSchema.parse(payload)
    else if (payload !== undefined) throw new Error('the folder dialog takes nothing from the page')
    if (this.#gate) await this.#gate
    if (this.failNext) {
      this.failNext = false
      throw new Error('team service threw')
    }
    return structuredClone(
      channel === CHANNELS.saveTeamSummary ? this.saveResult : this.chooseResult,
    )
  }

  /** Puts the presenter API on `window` with the team calls answered by this script. */
  install(backend: FakeBackend): void {
    const inner = backend.transport('presenter')
    const transport: Transport = {
      invoke: async (channel, payload) => {
        if (channel !== CHANNELS.chooseTeamFolder && channel !== CHANNELS.saveTeamSummary) {
          return inner.invoke(channel, payload)
        }
        const sent: unknown = payload === undefined ? undefined : structuredClone(payload)
        backend.calls.push({ page: 'presenter', channel, payload: sent })
        return this.#answer(channel, sent)
      },
      on: (channel, listener) => inner.on(channel, listener),
    }
    window[API_GLOBAL] = createPresenterApi(transport, ipcRoutes())
  }
}
