import type { BrowserWindow } from 'electron'
import { SESSION_FILE_EXTENSION } from '../../core/session-file/session-file-format'
import type { UnsavedAnswer } from '../../node/session-file/session-file-service'
import { chooseOpenPath, chooseSavePath, showMessageBox } from '../dialogs'
import type { MainTexts } from '../texts'

/** The open dialog for session files, over the presenter when it is there. */
export function chooseSessionOpenPath(parent: BrowserWindow | null, texts: MainTexts) {
  return chooseOpenPath(parent, {
    title: texts.sessionOpenTitle,
    properties: ['openFile'],
    filters: [
      { name: texts.sessionFilterName, extensions: [SESSION_FILE_EXTENSION] },
      { name: texts.allFilesFilterName, extensions: ['*'] },
    ],
  })
}

/** The save dialog, starting at `defaultPath` (a suggested name in a folder, or the open file). */
export function chooseSessionSavePath(
  parent: BrowserWindow | null,
  texts: MainTexts,
  defaultPath: string,
) {
  return chooseSavePath(parent, {
    title: texts.sessionSaveTitle,
    defaultPath,
    filters: [{ name: texts.sessionFilterName, extensions: [SESSION_FILE_EXTENSION] }],
  })
}

const ANSWERS: readonly UnsavedAnswer[] = ['save', 'discard', 'cancel']

/** Opslaan / Niet opslaan / Annuleren; closing the box (Esc) cancels. */
export async function askUnsavedSessionChanges(
  parent: BrowserWindow | null,
  texts: MainTexts,
): Promise<UnsavedAnswer> {
  const { response } = await showMessageBox(parent, {
    type: 'question',
    title: texts.sessionUnsavedTitle,
    message: texts.sessionUnsavedMessage,
    detail: texts.sessionUnsavedDetail,
    buttons: [texts.sessionSaveButton, texts.sessionDiscardButton, texts.sessionCancelButton],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  })
  return ANSWERS[response] ?? 'cancel'
}
