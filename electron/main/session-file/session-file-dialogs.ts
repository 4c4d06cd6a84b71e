import { BrowserWindow, dialog } from 'electron'
import { SESSION_FILE_EXTENSION } from '../../core/session-file/session-file-format'
import type { UnsavedAnswer } from '../../node/session-file/session-file-service'
import type { MainTexts } from '../texts'

/** The open dialog for session files, over the presenter when it is there. */
export async function chooseSessionOpenPath(
  parent: BrowserWindow | null,
  texts: MainTexts,
): Promise<string | null> {
  const options = {
    title: texts.sessionOpenTitle,
    properties: ['openFile' as const],
    filters: [
      { name: texts.sessionFilterName, extensions: [SESSION_FILE_EXTENSION] },
      { name: texts.allFilesFilterName, extensions: ['*'] },
    ],
  }
  const choice = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  const path = choice.filePaths[0]
  return choice.canceled || path === undefined ? null : path
}

/** The save dialog, starting at `defaultPath` (a suggested name in a folder, or the open file). */
export async function chooseSessionSavePath(
  parent: BrowserWindow | null,
  texts: MainTexts,
  defaultPath: string,
): Promise<string | null> {
  const options = {
    title: texts.sessionSaveTitle,
    defaultPath,
    filters: [{ name: texts.sessionFilterName, extensions: [SESSION_FILE_EXTENSION] }],
  }
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  return choice.canceled || !choice.filePath ? null : choice.filePath
}

const ANSWERS: readonly UnsavedAnswer[] = ['save', 'discard', 'cancel']

/** Opslaan / Niet opslaan / Annuleren; closing the box (Esc) cancels. */
export async function askUnsavedSessionChanges(
  parent: BrowserWindow | null,
  texts: MainTexts,
): Promise<UnsavedAnswer> {
  const options = {
    type: 'question' as const,
    title: texts.sessionUnsavedTitle,
    message: texts.sessionUnsavedMessage,
    detail: texts.sessionUnsavedDetail,
    buttons: [texts.sessionSaveButton, texts.sessionDiscardButton, texts.sessionCancelButton],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  }
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options)
  return ANSWERS[response] ?? 'cancel'
}
