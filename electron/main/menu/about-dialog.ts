import { app, type BrowserWindow } from 'electron'
import { showMessageBox } from '../dialogs'
import type { MainTexts } from '../texts'

function aboutVersions() {
  return {
    app: app.getVersion(),
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
  }
}

function aboutDetail(texts: MainTexts): string {
  const versions = aboutVersions()
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
  await showMessageBox(parent, {
    type: 'info',
    title: texts.menu.about(app.getName()),
    message: app.getName(),
    detail: aboutDetail(texts),
    buttons: [texts.ok],
  })
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
