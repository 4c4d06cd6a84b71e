import type { DialogView } from '../../electron-standin/dialog-queue'
import type { MainControl } from '../../electron-standin/main-control'
import type { AppUnderTest, ElectronModule, PageName } from './app-under-test'

type Evaluate = AppUnderTest['evaluateMain']
type ControlCall = {
  [K in keyof MainControl]: (
    ...args: Parameters<MainControl[K]>
  ) => Promise<Awaited<ReturnType<MainControl[K]>>>
}

const POLL_MS = 50

/** Calls the control object in main (the stand-in's own, or the boot bridge on real Electron). */
export function mainControl(evaluateMain: Evaluate): ControlCall {
  const call =
    (method: keyof MainControl) =>
    (...args: unknown[]) =>
      evaluateMain(
        (_electron, [name, list]: readonly [string, unknown[]]) => {
          const control = (
            globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>
          )['__bootControl']
          const method = control?.[name]
          if (!method) throw new Error(`main has no boot control '${name}'`)
          return method(...list)
        },
        [method, args] as const,
      )
  return {
    dialogs: call('dialogs'),
    answerDialog: call('answerDialog'),
    addDisplay: call('addDisplay'),
    removeDisplay: call('removeDisplay'),
    openedPaths: call('openedPaths'),
    openFileFromSystem: call('openFileFromSystem'),
    suspendAndResume: call('suspendAndResume'),
  } as ControlCall
}

/** The actions that work the same on both targets: they run in main through `evaluateMain`. */
export function sharedActions(
  evaluateMain: Evaluate,
): Omit<
  AppUnderTest,
  | 'target'
  | 'window'
  | 'evaluateMain'
  | 'pressKey'
  | 'invokeFromFrame'
  | 'exited'
  | 'kill'
  | 'output'
> {
  const control = mainControl(evaluateMain)
  return {
    dialogs: () => control.dialogs(),
    async waitForDialog(match = () => true) {
      const deadline = Date.now() + 30_000
      for (;;) {
        const found = (await control.dialogs()).find(
          (dialog: DialogView) => dialog.open && match(dialog),
        )
        if (found) return found
        if (Date.now() > deadline) throw new Error('no dialog opened within 30 s')
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
    },
    answerDialog: (id, answer) => control.answerDialog(id, answer),
    async clickMenu(id) {
      await evaluateMain(({ Menu, BrowserWindow }: ElectronModule, itemId: string) => {
        const item = Menu.getApplicationMenu()?.getMenuItemById(itemId)
        if (!item) throw new Error(`no menu item '${itemId}'`)
        if (!item.enabled || !item.visible)
          throw new Error(`menu item '${itemId}' cannot be clicked`)
        const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
        item.click(undefined, window, window?.webContents)
      }, id)
    },
    async closeWindow(page: PageName) {
      await evaluateMain(({ BrowserWindow }: ElectronModule, path: string) => {
        const window = BrowserWindow.getAllWindows().find(
          (candidate) => new URL(candidate.webContents.getURL() || 'about:blank').pathname === path,
        )
        if (!window) throw new Error(`no window shows ${path}`)
        window.close()
      }, `/${page}.html`)
    },
    addDisplay: (display) => control.addDisplay(display),
    removeDisplay: (id) => control.removeDisplay(id),
    openedPaths: () => control.openedPaths(),
    openFileFromSystem: (path) => control.openFileFromSystem(path),
  }
}
