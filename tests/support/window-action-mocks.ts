import { vi } from 'vitest'
import type { DisplayList } from '@contract'
import type { ReportActions, SessionFileActions, WindowActions } from '@core/host/invoke-handler'

const FOLDERS = { folder: null, fallbackFolder: '/lokaal/verslagen', pending: [] } as const
const NO_FILE = { name: null, folder: null, unsaved: false, recent: [] } as const
const CANCELLED = { ok: false, reason: 'cancelled' } as const

/** The report and session-file actions as mocks, for tests about other channels. */
export function fileActionMocks() {
  return {
    previewReport: vi.fn(async () => '<!doctype html>'),
    getReportFolder: vi.fn(() => FOLDERS),
    chooseReportFolder: vi.fn(async () => FOLDERS),
    saveReport: vi.fn(async () => ({ ok: false, reason: 'write-failed' }) as const),
    retryReport: vi.fn(async () => ({ ok: false, reason: 'nothing-pending' }) as const),
    openReportFolder: vi.fn(async () => undefined),
    getSessionFile: vi.fn(() => NO_FILE),
    openSessionFile: vi.fn(async () => CANCELLED),
    openRecentSessionFile: vi.fn(async () => CANCELLED),
    saveSessionFile: vi.fn(async () => CANCELLED),
    saveSessionFileAs: vi.fn(async () => CANCELLED),
  } satisfies ReportActions & SessionFileActions
}

export const NO_DISPLAYS: DisplayList = {
  displays: [],
  projector: 'hidden',
  coversPresenter: false,
  missingRemembered: null,
  settingsReset: false,
}

/** Every action main offers the windows, as mocks; display calls answer with `displays`. */
export function windowActionMocks(displays: DisplayList = NO_DISPLAYS) {
  return {
    showProjector: vi.fn<() => void>(),
    copyText: vi.fn<(text: string) => Promise<void>>(async () => undefined),
    importDeck: vi.fn(async () => ({ ok: false, reason: 'cancelled' }) as const),
    exportDeck: vi.fn(async () => ({ ok: false, reason: 'cancelled' }) as const),
    getDisplays: vi.fn(() => displays),
    chooseProjectorDisplay: vi.fn<(id: number) => DisplayList>(() => displays),
    identifyDisplays: vi.fn<() => void>(),
    setProjectorFullscreenHere: vi.fn<(on: boolean) => DisplayList>(() => displays),
    ...fileActionMocks(),
  } satisfies WindowActions
}
