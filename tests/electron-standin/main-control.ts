import type { DialogAnswer, DialogView } from './dialog-queue'
import type { DisplaySpec } from './display-spec'

/**
 * What a boot test may do in the main process besides using the windows: answer dialogs, plug
 * displays in and out, and see what main handed to the system. The stand-in implements it
 * natively; on real Electron the boot bridge implements it over Electron's own modules. It is
 * reached as `globalThis.__bootControl` in the main process.
 */
export interface MainControl {
  dialogs(): DialogView[]
  answerDialog(id: number, answer: DialogAnswer): void
  addDisplay(spec: DisplaySpec): void
  removeDisplay(id: number): void
  /** Paths main asked the system to open (shell.openPath), in order; none is really opened. */
  openedPaths(): string[]
  /** A file the system hands over after start (macOS's 'open-file': Finder, the Dock). */
  openFileFromSystem(path: string): void
  /** Sleep and wake, as the laptop's lid would. */
  suspendAndResume(): void
}

export const MAIN_CONTROL_GLOBAL = '__bootControl'
