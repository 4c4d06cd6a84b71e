import { vi } from 'vitest'
import { CHANNELS, type DisplayList } from '@contract'
import {
  windowedProjectorBounds,
  type DisplayInfo,
} from '../../../electron/core/display/choose-display'
import type { DisplaySettings } from '../../../electron/core/display/display-settings'
import { DisplayController } from '../../../electron/main/display/display-controller'
import { mainTexts } from '../../../electron/main/texts'
import { WindowManager } from '../../../electron/main/windows/window-manager'
import { FakeBrowserWindow, rect, screenDisplay } from './fake-electron'

// For test files that mock 'electron' with FakeBrowserWindow and fakeScreen.

export const laptop = screenDisplay(1, 'Ingebouwd scherm', rect(0, 0, 1920, 1080))
export const beamer = screenDisplay(2, 'EPSON PJ', rect(1920, 0, 1280, 800))
export const tv = screenDisplay(3, 'LG TV', rect(-1920, 0, 1920, 1080))
export const laptopWindow = windowedProjectorBounds(laptop.workArea)

export interface Started {
  readonly controller: DisplayController
  readonly manager: WindowManager
  readonly presenter: FakeBrowserWindow
  readonly projector: FakeBrowserWindow
  readonly saved: DisplaySettings[]
  readonly identified: (readonly DisplayInfo[])[]
  /** The display lists main pushed to the presenter, oldest first. */
  pushed(): DisplayList[]
}

/** Main's windows with the display controller, as start-up wires them; the projector shown. */
export function start(
  remembered: DisplaySettings['projectorDisplay'] = null,
  settingsReset = false,
): Started {
  const manager = new WindowManager(mainTexts(), async () => undefined, vi.fn())
  const saved: DisplaySettings[] = []
  const identified: (readonly DisplayInfo[])[] = []
  const controller = new DisplayController({
    windows: manager,
    settings: { version: 1, projectorDisplay: remembered },
    settingsReset,
    save: (settings) => saved.push(settings),
    identify: (displays) => identified.push(displays),
  })
  manager.usePlacementSource(controller)
  controller.listen()
  manager.open()
  const [presenter, projector] = FakeBrowserWindow.instances
  if (!presenter || !projector) throw new Error('expected two windows')
  projector.emit('ready-to-show')
  projector.calls.length = 0
  const pushed = () =>
    presenter.webContents.send.mock.calls
      .filter(([channel]) => channel === CHANNELS.displays)
      .map(([, list]) => list as DisplayList)
  return { controller, manager, presenter, projector, saved, identified, pushed }
}
