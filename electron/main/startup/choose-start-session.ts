import { dialog } from 'electron'
import type { Clock } from '../../core/ports'
import { autosavePaths } from '../../node/persistence/autosave-paths'
import {
  archiveAutosave,
  nodeRecoveryFileOps,
  recoverAutosave,
  type RecoveryFileOps,
  type RecoveryOptions,
} from '../../node/persistence/autosave-recovery'
import { KeptFiles, type KeptReason } from '../../node/persistence/kept-files'
import { createSession, hasContent } from '../../core/session/default-session'
import type { Snapshot } from '../../core/session/schema'
import { formatDutchDateTime, type MainTexts } from '../texts'

export interface StartSessionOptions {
  /** False when started with a session file that was read and found good: no question then. */
  readonly offerResume?: boolean
  /** Notes the autosave files left in place, so the autosave writes over none of them. */
  readonly kept?: KeptFiles
  readonly files?: RecoveryFileOps
}

/** Also the options of the autosave's recovery and archive: the files and what is kept. */
interface Context extends Required<RecoveryOptions> {
  readonly dir: string
  readonly clock: Clock
  readonly texts: MainTexts
}

/**
 * Before any window opens: tells the facilitator about a damaged autosave (moved aside, never
 * deleted) and offers to resume an unfinished session. Declining archives it. Never fails:
 * whatever goes wrong, the app starts with a fresh session, what it could not read or move
 * stays where it is, and the facilitator is told where and why.
 */
export async function chooseStartSession(
  dir: string,
  clock: Clock,
  texts: MainTexts,
  options: StartSessionOptions = {},
): Promise<Snapshot> {
  const context: Context = {
    dir,
    clock,
    texts,
    kept: options.kept ?? new KeptFiles(),
    files: options.files ?? nodeRecoveryFileOps,
  }
  try {
    return await choose(context, options.offerResume ?? true)
  } catch {
    // Something unforeseen: nothing more is touched, both autosave files stay where they are.
    await keepWhatIsThere(context, 'other')
    await tellKept(context, false).catch(() => undefined)
    return freshSession(clock)
  }
}

const freshSession = (clock: Clock): Snapshot => ({
  revision: 0,
  session: createSession(clock.now()),
})

async function choose(context: Context, offerResume: boolean): Promise<Snapshot> {
  const { dir, clock, texts, kept } = context
  const recovery = await recoverAutosave(dir, clock.now(), context)
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
  const offered = found !== null && hasContent(found.snapshot.session)
  if (kept.all.length > 0) await tellKept(context, offered && offerResume)
  if (!found || !offered) return freshSession(clock)
  // Started with a session file that was read and found good: that file is what the
  // facilitator wants; the unfinished session goes to the archive rather than into a question.
  if (!offerResume) return archiveAndStartFresh(context)
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
  return archiveAndStartFresh(context)
}

/** A session that cannot be archived stays in its place, not written over, and that is said. */
async function archiveAndStartFresh(context: Context): Promise<Snapshot> {
  try {
    await archiveAutosave(context.dir, context.clock.now(), context)
  } catch {
    await keepWhatIsThere(context, 'cannot-archive')
    await tellKept(context, false)
  }
  return freshSession(context.clock)
}

async function keepWhatIsThere(context: Context, reason: KeptReason): Promise<void> {
  const paths = autosavePaths(context.dir)
  for (const path of [paths.current, paths.backup]) {
    if (await context.files.exists(path).catch(() => true)) context.kept.add({ path, reason })
  }
}

async function tellKept(context: Context, backupOffered: boolean): Promise<void> {
  const { texts } = context
  await dialog.showMessageBox({
    type: 'warning',
    title: texts.startup.keptTitle,
    message: texts.startup.keptMessage,
    detail: texts.startup.keptDetail(context.dir, context.kept.all, backupOffered),
    buttons: [texts.ok],
  })
}
