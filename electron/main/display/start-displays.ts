import { createDisplaySettingsStore } from '../../node/persistence/display-settings-store'
import { sessionKeepsDisplayAwake } from '../../core/display/keep-awake'
import type { WindowActions } from '../../ipc/handler'
import type { SessionHost } from '../../core/host/session-host'
import type { WindowManager } from '../windows/window-manager'
import { DisplayController } from './display-controller'
import { IdentifyWindows } from './identify-windows'
import { KeepAwake } from './keep-awake'

export type DisplayActions = Pick<
  WindowActions,
  'getDisplays' | 'chooseProjectorDisplay' | 'identifyDisplays' | 'setProjectorFullscreenHere'
>

export interface DisplaySetup {
  readonly actions: DisplayActions
  readonly controller: DisplayController
  stop(): void
}

export interface StartDisplaysOptions {
  readonly host: Pick<SessionHost, 'getSnapshot' | 'subscribe'>
  readonly windows: WindowManager
  /** The app's data folder (app.getPath('userData')): the remembered choice lives there. */
  readonly userDataDir: string
  readonly devServerUrl?: string
  readonly now: () => number
}

/**
 * Display management, wired before the windows open: the remembered projector display, screen
 * hot-plug, identify windows, and keeping the displays awake while a phase is running.
 */
export async function startDisplays(options: StartDisplaysOptions): Promise<DisplaySetup> {
  const { host, windows } = options
  const store = createDisplaySettingsStore(options.userDataDir, options.now)
  const loaded = await store.load()
  const identify = new IdentifyWindows(options.devServerUrl)
  const controller = new DisplayController({
    windows,
    settings: loaded.settings,
    settingsReset: loaded.movedAside !== null,
    // Only the next start would miss the choice; the projector is placed all the same.
    save: (settings) => void store.save(settings).catch(() => undefined),
    identify: (displays) => identify.show(displays),
  })
  windows.usePlacementSource(controller)
  const unlisten = controller.listen()

  const keepAwake = new KeepAwake()
  keepAwake.set(sessionKeepsDisplayAwake(host.getSnapshot().session))
  const unsubscribe = host.subscribe((snapshot) =>
    keepAwake.set(sessionKeepsDisplayAwake(snapshot.session)),
  )

  return {
    controller,
    actions: {
      getDisplays: () => controller.list(),
      chooseProjectorDisplay: (displayId) => controller.choose(displayId),
      identifyDisplays: () => controller.identify(),
      setProjectorFullscreenHere: (on) => controller.fullscreenHere(on),
    },
    stop() {
      unlisten()
      unsubscribe()
      identify.close()
      keepAwake.set(false)
    },
  }
}
