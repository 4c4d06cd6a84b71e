import type * as Electron from 'electron'
import type { Page } from 'playwright-core'
import type { DialogAnswer, DialogView } from '../../electron-standin/dialog-queue'
import type { DisplaySpec } from '../../electron-standin/display-spec'

export type PageName = 'presenter' | 'projector'
export type Modifier = 'control' | 'shift' | 'alt' | 'meta'
export type ElectronModule = typeof Electron

export interface LaunchOptions {
  /** The folder that plays the facilitator's home (app data, documents); reused across starts. */
  readonly home: string
  /** Command-line arguments after the app (a `.dilemmas` file, for instance). */
  readonly args?: readonly string[]
  /**
   * Page paths ('/presenter.html') and how many of their first loads fail. Only the stand-in
   * can stage that; real Electron refuses to start with it.
   */
  readonly failingLoads?: Readonly<Record<string, number>>
}

/**
 * The built app, started, as the boot suite uses it: through its windows, keys, menus and
 * dialogs. One implementation runs `out/main/index.js` on the Electron stand-in, the other on
 * real Electron through playwright's Electron driver.
 */
export interface AppUnderTest {
  readonly target: 'standin' | 'electron'
  /** The window showing this page, once it has loaded. */
  window(page: PageName): Promise<Page>
  /** Runs a function in the main process with the electron module (playwright's `evaluate`). */
  evaluateMain<R, A>(fn: (electron: ElectronModule, arg: A) => R | Promise<R>, arg: A): Promise<R>
  /** Every dialog main showed so far; those still waiting are `open`. */
  dialogs(): Promise<DialogView[]>
  /** Waits for an open dialog (the first one matching) and returns it. */
  waitForDialog(match?: (dialog: DialogView) => boolean): Promise<DialogView>
  answerDialog(id: number, answer: DialogAnswer): Promise<void>
  /** Clicks an item of the application menu by its id, as a person would (enabled ones only). */
  clickMenu(id: string): Promise<void>
  /** A key pressed while this window has the keyboard. */
  pressKey(page: PageName, key: string, modifiers?: Modifier[]): Promise<void>
  /**
   * An IPC call sent from a frame of a window (0: the top frame, 1: its first iframe) as a
   * compromised renderer could send it, past the page's API: 'answered' or 'refused'. Only the
   * stand-in can send one; on real Electron a page has no way to, and this is 'unavailable'.
   */
  invokeFromFrame(
    page: PageName,
    frameIndex: number,
    channel: string,
    payload?: unknown,
  ): Promise<'answered' | 'refused' | 'unavailable'>
  /** Clicks the window's close button. */
  closeWindow(page: PageName): Promise<void>
  addDisplay(display: DisplaySpec): Promise<void>
  removeDisplay(id: number): Promise<void>
  openedPaths(): Promise<string[]>
  /** The system hands the running app a file (macOS 'open-file'). */
  openFileFromSystem(path: string): Promise<void>
  /** Resolves with the exit code once the app has ended. */
  exited(): Promise<number | null>
  /** Ends the app at once (a crash, or the end of a test). */
  kill(): Promise<void>
  /** What the main process printed (for a failing test's message). */
  output(): string
}

export type LaunchApp = (options: LaunchOptions) => Promise<AppUnderTest>
