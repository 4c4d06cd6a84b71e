import { randomUUID } from 'node:crypto'
import { invitationIcs } from '../../core/calendar/invitation-ics'
import type {
  FollowUpFileKind,
  FollowUpPlan,
  FollowUpSaveResult,
  SavedFollowUpFile,
} from '../../core/follow-up/follow-up-contract'
import { followUpInvitation } from '../../core/follow-up/follow-up-invitation'
import { followUpSession } from '../../core/follow-up/follow-up-session'
import { followUpTexts } from '../../core/follow-up/follow-up-texts'
import type { ReportFailureReason } from '../../core/report/report-contract'
import {
  SESSION_FILE_EXTENSION,
  serialiseSessionFile,
} from '../../core/session-file/session-file-format'
import type { Session } from '../../core/session/schema'
import { datedFileName } from '../../core/text/file-name'
import type { FollowUpActions } from '../../ipc/handler'
import { nodeFileOps, type FileOps } from '../report/file-ops'
import type { ReportFolderStore } from '../report/report-folder-store'
import { writeSafely } from '../report/safe-write'
import type { RetryOptions } from '../report/safe-write-place'

export interface FollowUpServicePorts {
  session(): Session
  now(): number
  /** The app's version, written into the session file as every saved session file has it. */
  readonly appVersion?: string
  /** The report's folder choice: the files go beside the report. */
  readonly folderStore: ReportFolderStore
  readonly fallbackFolder: string
  readonly files?: FileOps
  readonly timeoutMs?: number
  readonly retry?: RetryOptions
  /** The invitation's UID; random unless a test fixes it. */
  readonly uid?: () => string
}

interface BuiltFile {
  readonly kind: FollowUpFileKind
  readonly name: string
  readonly data: Uint8Array
}

const encoder = new TextEncoder()

function builtFiles(ports: FollowUpServicePorts, plan: FollowUpPlan): BuiltFile[] | null {
  const now = ports.now()
  const next = followUpSession(ports.session(), plan, now)
  const uid = `${(ports.uid ?? randomUUID)()}@dansende-dilemmas`
  const ics = invitationIcs(followUpInvitation(next, plan, now, uid))
  if (ics === null) return null
  const texts = followUpTexts(next.locale)
  const name = (extension: string) =>
    datedFileName(
      plan.date,
      now,
      { title: next.setup.title, fallback: texts.untitled, extension },
      texts.fileLabel,
    )
  return [
    {
      kind: 'session',
      name: name(SESSION_FILE_EXTENSION),
      data: encoder.encode(serialiseSessionFile(next, now, ports.appVersion)),
    },
    { kind: 'invitation', name: name('ics'), data: encoder.encode(ics) },
  ]
}

/**
 * "Vervolgsessie voorbereiden": the next session's file and its calendar invitation, written
 * with the report's safe write beside the report. When the report folder does not take them
 * (or none is chosen), both go to the local fallback folder together, so they are never split
 * over two places, and the facilitator is told where they are.
 */
export function createFollowUpService(ports: FollowUpServicePorts): FollowUpActions {
  const write = {
    files: ports.files ?? nodeFileOps,
    timeoutMs: ports.timeoutMs,
    retry: ports.retry,
  }

  async function writeAll(
    folder: string,
    files: readonly BuiltFile[],
    createFolder: boolean,
  ): Promise<{ saved: SavedFollowUpFile[]; failure: ReportFailureReason | null }> {
    const saved: SavedFollowUpFile[] = []
    for (const file of files) {
      const result = await writeSafely(folder, file.name, file.data, { ...write, createFolder })
      if (!result.ok) return { saved, failure: result.reason }
      saved.push({ kind: file.kind, name: result.name })
    }
    return { saved, failure: null }
  }

  return {
    async saveFollowUpSession(plan) {
      const files = builtFiles(ports, plan)
      if (files === null) return { ok: false, reason: 'invalid-date' }
      const folder = ports.folderStore.get().folder
      let reason: ReportFailureReason = 'no-folder'
      if (folder !== null) {
        const shared = await writeAll(folder, files, false)
        if (shared.failure === null)
          return { ok: true, where: 'shared', folder, files: shared.saved, reason: null }
        reason = shared.failure
        // What did reach the report folder stays there; the pair is complete in the fallback.
      }
      const local = await writeAll(ports.fallbackFolder, files, true)
      if (local.failure !== null)
        return { ok: false, reason: 'write-failed', detail: local.failure }
      const result: FollowUpSaveResult = {
        ok: true,
        where: 'fallback',
        folder: ports.fallbackFolder,
        files: local.saved,
        reason,
      }
      return result
    },
  }
}
