import { vi, type Mock } from 'vitest'
import { INVOKE, type DisplayList, type WindowActions } from '@contract'

const FOLDERS = { folder: null, fallbackFolder: '/lokaal/verslagen', pending: [] } as const
const NO_FILE = { name: null, folder: null, unsaved: false, recent: [] } as const
const CANCELLED = { ok: false, reason: 'cancelled' } as const

export const NO_DISPLAYS: DisplayList = {
  displays: [],
  projector: 'hidden',
  coversPresenter: false,
  missingRemembered: null,
  settingsReset: false,
}

export type MockedActions = { [K in keyof WindowActions]: Mock<WindowActions[K]> }

/** Neutral answers (nothing chosen, nothing saved) for the calls tests often leave alone. */
function usualAnswers(displays: DisplayList): Partial<WindowActions> {
  return {
    showProjector: () => undefined,
    copyText: async () => undefined,
    importDeck: async () => CANCELLED,
    exportDeck: async () => CANCELLED,
    getDisplays: () => displays,
    chooseProjectorDisplay: () => displays,
    identifyDisplays: () => undefined,
    setProjectorFullscreenHere: () => displays,
    previewReport: async () => '<!doctype html>',
    getReportFolder: () => FOLDERS,
    chooseReportFolder: async () => FOLDERS,
    saveReport: async () => ({ ok: false, reason: 'write-failed' }),
    retryReport: async () => ({ ok: false, reason: 'nothing-pending' }),
    openReportFolder: async () => undefined,
    previewPrint: async () => '<!doctype html>',
    savePrintPdf: async () => ({ ok: false, reason: 'cancelled' }),
    sendToPrinter: async () => ({ ok: false, reason: 'cancelled' }),
    getSessionFile: () => NO_FILE,
    openSessionFile: async () => CANCELLED,
    openRecentSessionFile: async () => CANCELLED,
    saveSessionFile: async () => CANCELLED,
    saveSessionFileAs: async () => CANCELLED,
    saveFollowUpSession: async () => ({ ok: false, reason: 'write-failed', detail: 'unknown' }),
    chooseTeamFolder: async () => CANCELLED,
    saveTeamSummary: async () => ({ ok: false, reason: 'no-overview' }),
  }
}

/**
 * Every action main offers the windows, as mocks, one per entry of the invoke table: a call
 * added to the table has its mock here without an edit (it throws until a test gives it an
 * answer). Display calls answer with `displays`.
 */
export function windowActionMocks(displays: DisplayList = NO_DISPLAYS): MockedActions {
  const answers: Record<string, unknown> = usualAnswers(displays)
  const mocks: Record<string, Mock> = {}
  for (const name of Object.keys(INVOKE)) {
    if (name === 'getSnapshot' || name === 'dispatch') continue
    const answer = answers[name]
    mocks[name] = vi.fn(
      typeof answer === 'function'
        ? (answer as (...args: unknown[]) => unknown)
        : () => {
            throw new Error(`${name}: this test gave the mock no answer`)
          },
    )
  }
  // Built from the table's own keys above, so every action is present.
  return mocks as MockedActions
}
