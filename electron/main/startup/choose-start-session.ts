import { dialog } from 'electron'
import type { Clock } from '../../core/host/ports'
import { archiveAutosave, recoverAutosave } from '../../core/persistence/autosave-recovery'
import { createSession, hasContent } from '../../core/session/default-session'
import type { Snapshot } from '../../core/session/schema'
import { formatDutchDateTime, type MainTexts } from '../texts'

/**
 * Before any window opens: tells the facilitator about a damaged autosave (moved aside, never
 * deleted) and offers to resume an unfinished session. Declining archives it.
 */
export async function chooseStartSession(
  dir: string,
  clock: Clock,
  texts: MainTexts,
  { offerResume = true }: { offerResume?: boolean } = {},
): Promise<Snapshot> {
  const recovery = await recoverAutosave(dir, clock.now())
  const found = recovery.found
  if (recovery.movedAside.length > 0) {
    await dialog.showMessageBox({
      type: 'warning',
      title: texts.corruptTitle,
      message: texts.corruptMessage,
      detail: found
        ? texts.corruptWithBackupDetail(recovery.movedAside)
        : texts.corruptDetail(recovery.movedAside),
      buttons: [texts.ok],
    })
  }
  const fresh: Snapshot = { revision: 0, session: createSession(clock.now()) }
  if (!found || !hasContent(found.snapshot.session)) return fresh
  // Started by double-clicking a session file: that file is what the facilitator wants; the
  // unfinished session goes to the archive rather than into a question about it.
  if (!offerResume) {
    await archiveAutosave(dir, clock.now())
    return fresh
  }
  const { response } = await dialog.showMessageBox({
    type: 'question',
    title: texts.resumeTitle,
    message: texts.resumeMessage,
    detail: texts.resumeDetail(
      formatDutchDateTime(found.savedAt),
      found.snapshot.session.dilemmas.length,
    ),
    buttons: [texts.resumeButton, texts.newButton],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  })
  if (response === 0) return found.snapshot
  await archiveAutosave(dir, clock.now())
  return fresh
}
