import type {
  BaseWindow,
  Dialog,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron'
import { DialogQueue, type DialogAnswer } from './dialog-queue'

type DialogFields = 'showMessageBox' | 'showOpenDialog' | 'showSaveDialog' | 'showErrorBox'

export const dialogQueue = new DialogQueue()

/** The options, whether or not a parent window came first (docs/api/dialog.md). */
function optionsOf<T>(first: BaseWindow | T, second: T | undefined): T {
  return second === undefined ? (first as T) : second
}

function expect<K extends 'response' | 'filePaths' | 'filePath'>(
  answer: DialogAnswer,
  key: K,
): void {
  if (key === 'response' && !('response' in answer))
    throw new Error('a message box needs a response')
  if (key === 'filePaths' && !('filePaths' in answer))
    throw new Error('an open dialog needs filePaths')
  if (key === 'filePath' && ('response' in answer || 'filePaths' in answer)) {
    throw new Error('a save dialog needs canceled and filePath')
  }
}

/**
 * docs/api/dialog.md: every dialog waits for the test's answer, as for a person's click. A
 * message box without buttons has one ("OK"), whose response is 0.
 */
export const dialog: Pick<Dialog, DialogFields> = {
  async showMessageBox(
    first: BaseWindow | MessageBoxOptions,
    second?: MessageBoxOptions,
  ): Promise<MessageBoxReturnValue> {
    const options = optionsOf(first, second)
    const buttons = options.buttons && options.buttons.length > 0 ? options.buttons : ['OK']
    const answer = await dialogQueue.ask('message', { ...options, buttons })
    expect(answer, 'response')
    const { response, checkboxChecked } = answer as { response: number; checkboxChecked?: boolean }
    if (!Number.isInteger(response) || response < 0 || response >= buttons.length) {
      throw new Error(`no button ${response} in this message box`)
    }
    return { response, checkboxChecked: checkboxChecked ?? options.checkboxChecked ?? false }
  },

  async showOpenDialog(
    first: BaseWindow | OpenDialogOptions,
    second?: OpenDialogOptions,
  ): Promise<OpenDialogReturnValue> {
    const answer = await dialogQueue.ask('open', optionsOf(first, second))
    expect(answer, 'filePaths')
    const { canceled, filePaths } = answer as { canceled: boolean; filePaths: string[] }
    return { canceled, filePaths: canceled ? [] : [...filePaths] }
  },

  async showSaveDialog(
    first: BaseWindow | SaveDialogOptions,
    second?: SaveDialogOptions,
  ): Promise<SaveDialogReturnValue> {
    const answer = await dialogQueue.ask('save', optionsOf(first, second))
    expect(answer, 'filePath')
    const { canceled, filePath } = answer as { canceled: boolean; filePath?: string }
    return { canceled, filePath: canceled ? '' : (filePath ?? '') }
  },

  showErrorBox(title: string, content: string): void {
    dialogQueue.error(title, content)
  },
}

/** The buttons of the system's print dialog as the test answers it: 0 prints, 1 cancels. */
export const PRINT_DIALOG_BUTTONS = ['Print', 'Cancel'] as const

/**
 * docs/api/web-contents.md `print`: the system's print dialog, here one the test answers (a
 * silent print does not ask). The callback hears what Electron reports: success, or the failure
 * reason "Print job canceled".
 */
export function queuedPrint(
  title: string,
  options: { readonly silent?: boolean } | undefined,
  callback: ((success: boolean, failureReason: string) => void) | undefined,
): void {
  if (options?.silent === true) {
    callback?.(true, '')
    return
  }
  void dialogQueue.ask('print', { title, buttons: [...PRINT_DIALOG_BUTTONS] }).then((answer) => {
    const printed = 'response' in answer && answer.response === 0
    callback?.(printed, printed ? '' : 'Print job canceled')
  })
}
