import { BrowserWindow, screen } from 'electron'
import { CHANNELS, type AppNotice } from '../../contract'
import { chooseProjectorPlacement } from '../../core/display/choose-display'
import { redactForProjector } from '../../core/session/redact'
import type { WindowSnapshot } from '../../core/session/schema'
import type { KnownWindows } from '../ipc/sender-guard'
import type { MainTexts } from '../texts'
import { createPresenterWindow } from './presenter-window'
import { createProjectorWindow } from './projector-window'

/**
 * Owns the two windows. Closing the projector only hides it; closing the presenter ends the
 * app, after `beforeQuit` (the final autosave) has finished.
 */
export class WindowManager {
  #presenter: BrowserWindow | null = null
  #projector: BrowserWindow | null = null
  #quitting = false

  constructor(
    private readonly texts: MainTexts,
    private readonly beforeQuit: () => Promise<void>,
    private readonly quit: () => void,
  ) {}

  open(): void {
    this.#presenter = createPresenterWindow(screen.getPrimaryDisplay(), this.texts.presenterTitle)
    this.#presenter.on('close', (event) => {
      if (this.#quitting) return
      event.preventDefault()
      void this.quitAfterSave()
    })
    this.#presenter.on('closed', () => (this.#presenter = null))
    this.#openProjector()
  }

  async quitAfterSave(): Promise<void> {
    if (this.#quitting) return
    this.#quitting = true
    // The saver reports its own failures; a failing final save must not keep the app open.
    await this.beforeQuit().catch(() => undefined)
    this.quit()
  }

  get isQuitting(): boolean {
    return this.#quitting
  }

  showProjector(): void {
    if (this.#projector === null || this.#projector.isDestroyed()) this.#openProjector()
    else this.#projector.showInactive()
  }

  focusPresenter(): void {
    if (!this.#presenter) return
    if (this.#presenter.isMinimized()) this.#presenter.restore()
    this.#presenter.focus()
  }

  ids(): KnownWindows {
    const id = (window: BrowserWindow | null) =>
      window && !window.isDestroyed() ? window.webContents.id : null
    return { presenterId: id(this.#presenter), projectorId: id(this.#projector) }
  }

  /** The projector gets the snapshot without the facilitator's private notes. */
  broadcast(snapshot: WindowSnapshot): void {
    const presenter = this.#presenter
    const projector = this.#projector
    if (presenter && !presenter.isDestroyed())
      presenter.webContents.send(CHANNELS.snapshot, snapshot)
    if (projector && !projector.isDestroyed())
      projector.webContents.send(CHANNELS.snapshot, redactForProjector(snapshot))
  }

  /** The parent for dialogs, so they open over the facilitator's window. */
  get presenterWindow(): BrowserWindow | null {
    return this.#presenter && !this.#presenter.isDestroyed() ? this.#presenter : null
  }

  notify(notice: AppNotice): void {
    const presenter = this.#presenter
    if (presenter && !presenter.isDestroyed()) presenter.webContents.send(CHANNELS.notice, notice)
  }

  #openProjector(): void {
    const placement = chooseProjectorPlacement(
      screen.getAllDisplays(),
      screen.getPrimaryDisplay().id,
      null,
    )
    if (placement === null) return
    const projector = createProjectorWindow(placement, this.texts.projectorTitle)
    projector.on('close', (event) => {
      if (this.#quitting) return
      event.preventDefault()
      if (projector.isFullScreen()) projector.setFullScreen(false)
      projector.hide()
    })
    projector.on('closed', () => (this.#projector = null))
    this.#projector = projector
  }
}
