import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron'
import type { MainTexts } from '../texts'

export interface AboutVersions {
  readonly app: string
  readonly electron: string
  readonly chrome: string
  readonly node: string
}

export function aboutVersions(): AboutVersions {
  return {
    app: app.getVersion(),
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
  }
}

export function aboutDetail(texts: MainTexts, versions: AboutVersions): string {
  const dialogs = texts.menuDialogs
  return [
    dialogs.aboutVersion(versions.app),
    `Electron ${versions.electron} · Chromium ${versions.chrome} · Node ${versions.node}`,
    '',
    dialogs.aboutDescription,
    dialogs.aboutOffline,
  ].join('\n')
}

/** Help › About: the name, the version and what the app does (and does not do). */
export async function showAboutDialog(
  parent: BrowserWindow | null,
  texts: MainTexts,
): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: texts.menu.about(app.getName()),
    message: app.getName(),
    detail: aboutDetail(texts, aboutVersions()),
    buttons: [texts.ok],
  }
  if (parent) await dialog.showMessageBox(parent, options)
  else await dialog.showMessageBox(options)
}

/** macOS shows its own About panel from the application menu; it gets the same words. */
export function setMacAboutPanel(texts: MainTexts): void {
  const versions = aboutVersions()
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: versions.app,
    version: `Electron ${versions.electron}`,
    credits: `${texts.menuDialogs.aboutDescription}\n${texts.menuDialogs.aboutOffline}`,
  })
}
