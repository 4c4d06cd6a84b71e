import { BrowserWindow, screen } from 'electron'
import type { AppNotice } from '../../core/app-notice'
import {
  chooseProjectorPlacement,
  type ProjectorPlacement,
  type Rect,
} from '../../core/display/choose-display'
import type { DisplayList } from '../../core/display/display-list'
import type { CurrentPlacement } from '../../core/display/placement'
import type { SessionHost } from '../../core/host/session-host'
import { sendPush } from '../../ipc/send'
import type { KnownWindows } from '../ipc/sender-guard'
import type { MainTexts } from '../texts'
import { createPresenterWindow } from './presenter-window'
import { forwardedKeyCode } from '../../core/keys/forward'
import { applyProjectorPlacement, createProjectorWindow } from './projector-window'
import { reloadOnCrash } from './reload-on-crash'
import type { PageName } from '../../core/app-origin'

/** Decides where the projector goes (the display controller); without one, the first choice. */
export interface ProjectorPlacementSource {
  /** Where a projector that opens or reappears now belongs. */
  placement(): ProjectorPlacement | null
  /** Esc was pressed in the projector window. */
  onProjectorEscape(): void
  /** The projector was shown, hidden, closed or left fullscreen by itself. */
  onProjectorChanged(): void
}

const firstChoice: ProjectorPlacementSource = {
  placement: () =>
    chooseProjectorPlacement(screen.getAllDisplays(), screen.getPrimaryDisplay().id, null),
  onProjectorEscape: () => undefined,
  onProjectorChanged: () => undefined,
}

/** What happens to the windows' pages that main is told of (to log it, to tell the user). */
export interface PageEvents {
  /** A window's page crashed or was killed (it is reloaded). */
  readonly onPageGone?: (window: PageName, reason: string) => void
  /** A window's page could not be loaded, tries included (a projector window is closed). */
  readonly onPageFailed?: (window: PageName) => void
}

/** The window, unless it is gone (or was never opened). */
function live(window: BrowserWindow | null): BrowserWindow | null {
  return window && !window.isDestroyed() ? window : null
}

function samePlace(a: ProjectorPlacement | null, b: ProjectorPlacement): boolean {
  return a !== null && a.kind === b.kind && a.display.id === b.display.id
}

/**
 * Owns the two windows. Closing the projector only hides it; closing the presenter ends the
 * app, after `beforeQuit` (the final autosave) has finished.
 */
export class WindowManager {
  #presenter: BrowserWindow | null = null
  #projector: BrowserWindow | null = null
  /** Where the projector window was last put. */
  #placed: ProjectorPlacement | null = null
  #source: ProjectorPlacementSource = firstChoice
  #quitting = false

  constructor(
    private readonly texts: MainTexts,
    private readonly beforeQuit: () => Promise<void>,
    private readonly quit: () => void,
    private readonly pages: PageEvents = {},
  ) {}

  open(): void {
    this.#presenter = createPresenterWindow(
      screen.getPrimaryDisplay(),
      this.texts.presenterTitle,
      () => this.pages.onPageFailed?.('presenter'),
    )
    this.#presenter.on('close', (event) => void this.quitAfterSave(event))
    this.#presenter.on('closed', () => (this.#presenter = null))
    reloadOnCrash(this.#presenter, ({ reason }) => this.pages.onPageGone?.('presenter', reason))
    this.#openProjector()
  }

  /** A close or quit that asked for it (`event`) waits; once quitting, they go ahead. */
  async quitAfterSave(event?: { preventDefault(): void }): Promise<void> {
    if (this.#quitting) return
    event?.preventDefault()
    this.#quitting = true
    // The saver reports its own failures; a failing final save must not keep the app open.
    await this.beforeQuit().catch(() => undefined)
    this.quit()
  }

  get isQuitting(): boolean {
    return this.#quitting
  }

  /** Must be set before `open()`. */
  usePlacementSource(source: ProjectorPlacementSource): void {
    this.#source = source
  }

  /** A hidden projector is first put where it belongs now: the displays may have changed. */
  showProjector(): void {
    const projector = live(this.#projector)
    if (projector === null) {
      this.#openProjector()
      return
    }
    if (!projector.isVisible()) {
      const placement = this.#source.placement()
      if (placement && !samePlace(this.#placed, placement)) this.#apply(projector, placement)
    }
    projector.showInactive()
    this.#source.onProjectorChanged()
  }

  /**
   * Moves the projector (hot-plug, or the facilitator's choice). A hidden projector is left
   * where it is unless `show`: it is placed when it is shown again.
   */
  placeProjector(placement: ProjectorPlacement, show: boolean): void {
    const projector = live(this.#projector)
    if (projector === null) {
      if (show) this.#openProjector(placement)
      return
    }
    if (!projector.isVisible() && !show) return
    this.#apply(projector, placement)
    if (show) projector.showInactive()
  }

  /** Gives the projector the keyboard, so Esc reaches it when it covers the presenter. */
  focusProjector(): void {
    live(this.#projector)?.focus()
  }

  /** Where the projector is, or null without a projector window. */
  projectorPlacement(): CurrentPlacement | null {
    const projector = live(this.#projector)
    const placed = this.#placed
    if (projector === null || placed === null) return null
    if (placed.kind === 'fullscreen') return { kind: 'fullscreen', displayId: placed.display.id }
    return { kind: 'window', displayId: placed.display.id, bounds: projector.getBounds() }
  }

  projectorVisible(): boolean {
    return live(this.#projector)?.isVisible() ?? false
  }

  presenterBounds(): Rect | null {
    return this.presenterWindow?.getBounds() ?? null
  }

  sendDisplays(list: DisplayList): void {
    const presenter = this.presenterWindow
    if (presenter) sendPush(presenter.webContents, 'displays', list)
  }

  focusPresenter(): void {
    if (!this.#presenter) return
    if (this.#presenter.isMinimized()) this.#presenter.restore()
    this.#presenter.focus()
  }

  ids(): KnownWindows {
    const id = (window: BrowserWindow | null) => live(window)?.webContents.id ?? null
    return { presenterId: id(this.#presenter), projectorId: id(this.#projector) }
  }

  /** Each window gets the snapshot meant for it (the projector's without private notes). */
  broadcast(host: Pick<SessionHost, 'snapshotFor'>): void {
    const presenter = this.presenterWindow
    const projector = live(this.#projector)
    if (presenter) sendPush(presenter.webContents, 'snapshot', host.snapshotFor('presenter'))
    if (projector) sendPush(projector.webContents, 'snapshot', host.snapshotFor('projector'))
  }

  /** The parent for dialogs, so they open over the facilitator's window. */
  get presenterWindow(): BrowserWindow | null {
    return live(this.#presenter)
  }

  /** A notice sent while the presenter's page still loads waits for it: it would be lost. */
  notify(notice: AppNotice): void {
    const contents = this.presenterWindow?.webContents
    if (!contents) return
    if (contents.isLoading())
      contents.once('did-finish-load', () => sendPush(contents, 'notice', notice))
    else sendPush(contents, 'notice', notice)
  }

  #apply(projector: BrowserWindow, placement: ProjectorPlacement): void {
    applyProjectorPlacement(projector, placement)
    this.#placed = placement
  }

  #openProjector(chosen?: ProjectorPlacement): void {
    const placement = chosen ?? this.#source.placement()
    if (placement === null) return
    // A projector whose page would not load is closed: showing it again makes a fresh one.
    const projector = createProjectorWindow(placement, this.texts.projectorTitle, () => {
      projector.destroy()
      this.pages.onPageFailed?.('projector')
    })
    projector.on('close', (event) => {
      if (this.#quitting) return
      event.preventDefault()
      if (projector.isFullScreen()) {
        projector.setFullScreen(false)
        // Out of fullscreen it is no longer in its place: it is placed again when shown.
        this.#placed = null
      }
      projector.hide()
      this.#source.onProjectorChanged()
    })
    projector.on('closed', () => {
      this.#projector = null
      this.#placed = null
      this.#source.onProjectorChanged()
    })
    projector.on('show', () => this.#source.onProjectorChanged())
    reloadOnCrash(projector, ({ reason }) => this.pages.onPageGone?.('projector', reason))
    projector.webContents.on('before-input-event', (event, input) => {
      if (input.type !== 'keyDown') return
      if (input.key === 'Escape') {
        this.#source.onProjectorEscape()
        return
      }
      // A clicker pressed while the projector has the focus still steers the presenter.
      const keyCode = forwardedKeyCode(input.key)
      const presenter = this.presenterWindow
      if (keyCode === null || presenter === null || input.control || input.meta || input.alt) return
      event.preventDefault()
      presenter.webContents.sendInputEvent({
        type: 'keyDown',
        keyCode,
        modifiers: input.shift ? ['shift'] : [],
      })
    })
    this.#projector = projector
    this.#placed = placement
  }
}
