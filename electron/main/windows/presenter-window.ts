import type { BrowserWindow, Display } from 'electron'
import { pageUrl } from '../../core/app-origin'
import { builtPaths, devServerUrl } from '../paths'
import { loadPage } from './load-page'
import { createSecureWindow } from './secure-window'
import { pageWebPreferences } from './web-preferences'

/** The facilitator's window, on the laptop's own (primary) screen. */
export function createPresenterWindow(
  primary: Display,
  title: string,
  onLoadFailed: () => void = () => undefined,
): BrowserWindow {
  const { workArea } = primary
  const width = Math.min(1440, workArea.width)
  const height = Math.min(900, workArea.height)
  const window = createSecureWindow({
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
    minWidth: Math.min(900, workArea.width),
    minHeight: Math.min(600, workArea.height),
    title,
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: pageWebPreferences(builtPaths.preload('presenter')),
  })
  window.once('ready-to-show', () => window.show())
  void loadPage(window, pageUrl('presenter', devServerUrl()), onLoadFailed)
  return window
}
