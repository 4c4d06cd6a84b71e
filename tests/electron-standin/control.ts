import { app } from './app'
import { dialogQueue } from './dialog'
import { preventableEvent } from './events'
import { lifecycle } from './lifecycle'
import { LAPTOP_DISPLAY, type DisplaySpec } from './display-spec'
import { MAIN_CONTROL_GLOBAL, type MainControl } from './main-control'
import { registry } from './registry'
import { screen } from './screen'
import { powerMonitor, shellRecord } from './system'
import { toElectronUrl } from './url-bridge'
import type { InvokeReply } from './page-messages'
import type { StandinWebContents } from './web-contents'

type Modifier = 'control' | 'shift' | 'alt' | 'meta'

/** The stand-in's control, beyond what real Electron's boot bridge offers. */
export interface StandinControl extends MainControl {
  /** A key pressed in the window whose page has this path ('/presenter.html'). */
  pressKey(pagePath: string, key: string, modifiers?: Modifier[]): Promise<void>
  /** An IPC call sent by a frame of the window showing this page (a compromised renderer). */
  invokeFromFrame(
    pagePath: string,
    frameIndex: number,
    channel: string,
    payload: unknown,
  ): Promise<InvokeReply>
  /** Where the test process attaches to the stand-in's Chromium, once the app is ready. */
  cdpUrl(): string | null
}

function contentsShowing(pagePath: string): StandinWebContents {
  for (const contents of registry.contents.values()) {
    const url = toElectronUrl(contents.getURL())
    if (url !== '' && new URL(url).pathname === pagePath) return contents
  }
  throw new Error(`no window shows ${pagePath}`)
}

const control: StandinControl = {
  dialogs: () => dialogQueue.views(),
  answerDialog: (id, answer) => dialogQueue.answer(id, answer),
  addDisplay: (spec) => screen.addDisplay(spec),
  removeDisplay: (id) => screen.removeDisplay(id),
  openedPaths: () => [...shellRecord.opened],
  openFileFromSystem: (path) => {
    app.emit('open-file', preventableEvent({}), path)
  },
  suspendAndResume: () => {
    powerMonitor.emit('suspend')
    powerMonitor.emit('resume')
  },
  cdpUrl: () => lifecycle.chromium?.cdpUrl ?? null,
  pressKey: (pagePath, key, modifiers = []) => contentsShowing(pagePath).pressKey(key, modifiers),
  invokeFromFrame: (pagePath, frameIndex, channel, payload) =>
    contentsShowing(pagePath).invokeFromFrame(frameIndex, channel, [payload]),
}

interface EvaluateMessage {
  readonly id: number
  readonly source: string
  readonly arg: unknown
}

/**
 * The test process reaches main as playwright reaches real Electron's: a function's source,
 * evaluated here with the electron module as its first argument.
 */
export function startControl(electron: object): void {
  Object.defineProperty(globalThis, MAIN_CONTROL_GLOBAL, { value: control })
  const displays = process.env['ELECTRON_STANDIN_DISPLAYS']
  screen.setDisplays(displays ? (JSON.parse(displays) as DisplaySpec[]) : [LAPTOP_DISPLAY])
  if (!process.send) return
  process.on('message', (message: EvaluateMessage) => {
    void (async () => {
      try {
        const fn = (0, eval)(`(${message.source})`) as (electron: object, arg: unknown) => unknown
        const value = await fn(electron, message.arg)
        process.send?.({ id: message.id, ok: true, value })
      } catch (error) {
        process.send?.({
          id: message.id,
          ok: false,
          error: String((error as Error)?.stack ?? error),
        })
      }
    })()
  })
  // The test process may go away at any moment; the app must not be kept alive by the channel.
  process.channel?.unref()
}
