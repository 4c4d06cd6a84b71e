import { join } from 'node:path'
import type * as Electron from 'electron'
import { dialog as queuedDialog, dialogQueue, queuedPrint } from '../../electron-standin/dialog'
import { toDisplay, type DisplaySpec } from '../../electron-standin/display-spec'
import { MAIN_CONTROL_GLOBAL, type MainControl } from '../../electron-standin/main-control'

/**
 * Required before the built main process when the boot suite runs on real Electron
 * (`npm run test:electron`). It gives the app the test's folders, and puts in place of what a
 * test cannot drive in a real desktop: the native dialogs (the same queue the stand-in has),
 * added displays (reported next to the real ones), and opening folders in the file manager
 * (recorded instead).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const electron = require('electron') as typeof Electron
const { app, dialog, screen, shell, powerMonitor } = electron

const home = process.env['BOOT_HOME']
if (home) {
  const config = join(home, '.config')
  app.setPath('appData', config)
  app.setPath('userData', join(config, app.getName()))
  app.setPath('logs', join(config, app.getName(), 'logs'))
  app.setPath('documents', join(home, 'Documents'))
  app.setPath('desktop', join(home, 'Desktop'))
  app.setPath('downloads', join(home, 'Downloads'))
}

Object.assign(dialog, queuedDialog)
// The system's print dialog is one of those too.
app.on('web-contents-created', (_event, contents) => {
  contents.print = (options, callback) => queuedPrint(contents.getTitle(), options, callback)
})

const added: Electron.Display[] = []
const realAll = screen.getAllDisplays.bind(screen)
screen.getAllDisplays = () => [...realAll(), ...added.map((display) => structuredClone(display))]

const opened: string[] = []
shell.openPath = async (path: string) => {
  opened.push(path)
  return ''
}

const control: MainControl = {
  dialogs: () => dialogQueue.views(),
  answerDialog: (id, answer) => dialogQueue.answer(id, answer),
  addDisplay(spec: DisplaySpec) {
    const display = toDisplay(spec)
    added.push(display)
    screen.emit(
      'display-added',
      { preventDefault: () => undefined, defaultPrevented: false },
      display,
    )
  },
  removeDisplay(id: number) {
    const index = added.findIndex((display) => display.id === id)
    const [display] = index < 0 ? [] : added.splice(index, 1)
    if (display)
      screen.emit(
        'display-removed',
        { preventDefault: () => undefined, defaultPrevented: false },
        display,
      )
  },
  openedPaths: () => [...opened],
  openFileFromSystem(path: string) {
    app.emit('open-file', { preventDefault: () => undefined, defaultPrevented: false }, path)
  },
  suspendAndResume() {
    powerMonitor.emit('suspend')
    powerMonitor.emit('resume')
  },
}
Object.defineProperty(globalThis, MAIN_CONTROL_GLOBAL, { value: control })
