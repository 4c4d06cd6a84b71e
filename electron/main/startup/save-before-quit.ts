import { dialog } from 'electron'
import type { SessionHost } from '../../core/host/session-host'
import type { CoalescingSaver } from '../../core/persistence/coalescing-saver'
import type { MainTexts } from '../texts'

/**
 * The last autosave before the app closes. If it cannot be written, the facilitator chooses:
 * try again (the default), or close anyway knowing the last changes are not on disk.
 */
export async function saveBeforeQuit(
  host: SessionHost,
  saver: CoalescingSaver,
  folder: string,
  texts: MainTexts,
): Promise<void> {
  for (;;) {
    await host.flush()
    if (!saver.hasUnsavedChanges) return
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: texts.unsavedTitle,
      message: texts.unsavedMessage,
      detail: texts.unsavedDetail(folder),
      buttons: [texts.retryButton, texts.quitAnywayButton],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    })
    if (response === 1) return
  }
}
