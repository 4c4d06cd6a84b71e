import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { SessionHost } from '@core/host/session-host'
import { archiveAutosave } from '@node/persistence/autosave-recovery'
import { createRecentFilesStore } from '@node/persistence/recent-files-store'
import type { SessionFileState } from '@core/session-file/session-file-contract'
import {
  createSessionFileService,
  type SessionFileService,
  type UnsavedAnswer,
} from '@node/session-file/session-file-service'

/**
 * The real session-file service for the e2e tests, on real files in the harness's temp folder.
 * Only main's dialogs are stood in for: each answers what the test set beforehand.
 */
export class HarnessSessionFiles {
  /** Where the test keeps its session files. */
  readonly folder: string
  /** What the next open dialog answers (null: cancelled). */
  nextOpenPath: string | null = null
  /** What the next save dialog answers (null: cancelled). */
  nextSavePath: string | null = null
  /** The answer to "save the changes first?". */
  unsavedAnswer: UnsavedAnswer = 'discard'
  /** Suggestions the save dialog was opened with. */
  readonly suggestedNames: string[] = []
  /** Every state main would push to the presenter. */
  readonly states: SessionFileState[] = []
  readonly service: SessionFileService

  constructor(
    host: SessionHost,
    autosaveDir: string,
    push: (state: SessionFileState) => void = () => undefined,
  ) {
    this.folder = join(autosaveDir, 'sessiebestanden')
    mkdirSync(this.folder, { recursive: true })
    this.service = createSessionFileService({
      host,
      now: () => Date.now(),
      chooseOpenPath: async () => this.nextOpenPath,
      chooseSavePath: async (suggested) => {
        this.suggestedNames.push(suggested)
        return this.nextSavePath
      },
      askUnsavedChanges: async () => this.unsavedAnswer,
      recentStore: createRecentFilesStore(join(autosaveDir, 'gegevens'), () => Date.now()),
      onState: (state) => {
        this.states.push(state)
        push(state)
      },
      archiveCurrent: async () => {
        await host.flush()
        await archiveAutosave(autosaveDir, Date.now())
      },
      appVersion: 'e2e',
    })
  }

  path(name: string): string {
    return join(this.folder, name)
  }

  get actions() {
    const { getSessionFile, openSessionFile, openRecentSessionFile } = this.service
    const { saveSessionFile, saveSessionFileAs } = this.service
    return {
      getSessionFile,
      openSessionFile,
      openRecentSessionFile,
      saveSessionFile,
      saveSessionFileAs,
    }
  }
}

const byHost = new WeakMap<SessionHost, HarnessSessionFiles>()

/**
 * The one service per harness (both pages share it), made on first use; `push` sends a state
 * to the presenter page as main does.
 */
export function harnessSessionFiles(
  host: SessionHost,
  autosaveDir: string,
  push?: (state: SessionFileState) => void,
): HarnessSessionFiles {
  const known = byHost.get(host)
  if (known) return known
  const made = new HarnessSessionFiles(host, autosaveDir, push)
  byHost.set(host, made)
  return made
}
