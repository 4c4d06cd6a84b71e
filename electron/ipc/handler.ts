import type { PageName } from '../core/app-origin'
import type { SessionHost } from '../core/host/session-host'
import { reaches, type ArgsOf, type PayloadOf, type ResultOf } from './define'
import { INVOKE, type InvokeName, type InvokeTable } from './invoke-table'

type ArgsMap = { [K in InvokeName]: ArgsOf<PayloadOf<InvokeTable[K]>> }
type ResultMap = { [K in InvokeName]: ResultOf<InvokeTable[K]> }

/** What answers each call: one function per table entry, taking the parsed payload. */
export type InvokeActions = {
  [K in InvokeName]: (...args: ArgsMap[K]) => ResultMap[K]
}

/** What the windows may ask of main beyond the session: all of it owned by main. */
export type WindowActions = Omit<InvokeActions, 'getSnapshot' | 'dispatch'>

/** The report's part of the actions: built, saved and retried by main. */
export type ReportActions = Pick<
  WindowActions,
  | 'previewReport'
  | 'getReportFolder'
  | 'chooseReportFolder'
  | 'saveReport'
  | 'retryReport'
  | 'openReportFolder'
>

/** "Vervolgsessie voorbereiden": main builds and writes both files. */
export type FollowUpActions = Pick<WindowActions, 'saveFollowUpSession'>

/** "Teamoverzicht": main reads the folder and writes the summary. */
export type TeamActions = Pick<WindowActions, 'chooseTeamFolder' | 'saveTeamSummary'>

/** The Drukwerk place's actions: main makes every PDF and owns the folder. */
export type PrintActions = Pick<WindowActions, 'previewPrint' | 'savePrintPdf' | 'sendToPrinter'>

/** The session-file part of the actions: main opens every dialog and owns every path. */
export type SessionFileActions = Pick<
  WindowActions,
  | 'getSessionFile'
  | 'openSessionFile'
  | 'openRecentSessionFile'
  | 'saveSessionFile'
  | 'saveSessionFileAs'
>

export class NotAllowedError extends Error {
  constructor(page: PageName, channel: string) {
    super(`${page} may not call ${channel}`)
    this.name = 'NotAllowedError'
  }
}

export class InvalidPayloadError extends Error {
  constructor(channel: string) {
    super(`Invalid payload for ${channel}`)
    this.name = 'InvalidPayloadError'
  }
}

// The table seen per name, so a call's parsed arguments and its action line up by type.
const PARSERS: { [K in InvokeName]: { parse(payload: unknown): ArgsMap[K] | null } } = INVOKE
// Object.keys loses the key type; the keys are exactly the table's.
const NAMES = Object.keys(INVOKE) as InvokeName[]
const NAME_BY_CHANNEL = new Map(NAMES.map((name) => [INVOKE[name].channel, name]))

function answer<K extends InvokeName>(name: K, actions: InvokeActions, payload: unknown): unknown {
  const args = PARSERS[name].parse(payload)
  if (args === null) throw new InvalidPayloadError(INVOKE[name].channel)
  const action: InvokeActions[K] = actions[name]
  return action(...args)
}

/** Every channel a window can call, for the IPC registration. */
export const INVOKE_CHANNELS: readonly string[] = NAMES.map((name) => INVOKE[name].channel)

/**
 * Answers a window's call: the channel must be in the table and open to the calling page, the
 * payload must pass its schema. Shared by Electron's IPC registration and the e2e harness, so
 * the tests exercise the same routing the app uses.
 */
export function createInvokeHandler(
  host: Pick<SessionHost, 'snapshotFor' | 'dispatch'>,
  actions: WindowActions,
) {
  const withHost = (page: PageName): InvokeActions => ({
    ...actions,
    getSnapshot: () => host.snapshotFor(page),
    dispatch: (command) => host.dispatch(command),
  })
  const byPage: Record<PageName, InvokeActions> = {
    presenter: withHost('presenter'),
    projector: withHost('projector'),
  }
  return (page: PageName, channel: string, payload: unknown): unknown => {
    const name = NAME_BY_CHANNEL.get(channel)
    if (name === undefined || !reaches(INVOKE[name].pages, page))
      throw new NotAllowedError(page, channel)
    return answer(name, byPage[page], payload)
  }
}

export type InvokeHandler = ReturnType<typeof createInvokeHandler>
