import { dialog, type BrowserWindow } from 'electron'

/** Electron's dialogs open over this window (the presenter) when it is there. */
type Parent = BrowserWindow | null

/** The first path chosen in an open dialog, or null when it was cancelled. */
export async function chooseOpenPath(parent: Parent, options: Electron.OpenDialogOptions) {
  const choice = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  const path = choice.filePaths[0]
  return choice.canceled || path === undefined ? null : path
}

/** The path chosen in a save dialog, or null when it was cancelled. */
export async function chooseSavePath(parent: Parent, options: Electron.SaveDialogOptions) {
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  return choice.canceled || !choice.filePath ? null : choice.filePath
}

export function showMessageBox(parent: Parent, options: Electron.MessageBoxOptions) {
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)
}
