import { screen, type Display } from 'electron'
import type {
  DisplayInfo,
  ProjectorPlacement,
  Rect,
  RememberedDisplay,
} from '../../core/display/choose-display'
import { describeDisplays, type DisplayList } from '../../core/display/display-list'
import type { DisplaySettings } from '../../core/display/display-settings'
import {
  decidePlacementOnChange,
  displayOfWindow,
  targetPlacement,
  type CurrentPlacement,
  type DisplayEvent,
  type PlacementState,
} from '../../core/display/placement'
import {
  chooseDisplay,
  coverPresenterScreen,
  type ChoiceOutcome,
} from '../../core/display/projector-choice'
import type { ProjectorPlacementSource } from '../windows/window-manager'

/** What the controller needs of the windows (the WindowManager). */
export interface ProjectorWindows {
  projectorPlacement(): CurrentPlacement | null
  projectorVisible(): boolean
  presenterBounds(): Rect | null
  placeProjector(placement: ProjectorPlacement, show: boolean): void
  focusProjector(): void
  focusPresenter(): void
  sendDisplays(list: DisplayList): void
}

export interface DisplayControllerOptions {
  readonly windows: ProjectorWindows
  readonly settings: DisplaySettings
  /** The stored choice was damaged and moved aside. */
  readonly settingsReset: boolean
  /** Keeps a new choice; failures are the caller's to report. */
  readonly save: (settings: DisplaySettings) => void
  readonly identify: (displays: readonly DisplayInfo[]) => void
}

function toDisplayInfo({ id, label, bounds, workArea, scaleFactor }: Display): DisplayInfo {
  return { id, label, bounds: { ...bounds }, workArea: { ...workArea }, scaleFactor }
}

/**
 * The projector's place among the connected displays: follows screen events and the
 * facilitator's choices, remembers the choice, and tells the presenter. The decisions are the
 * pure functions in core/display; this class only gathers their input and carries them out.
 */
export class DisplayController implements ProjectorPlacementSource {
  readonly #windows: ProjectorWindows
  readonly #options: DisplayControllerOptions
  #remembered: RememberedDisplay | null
  #cover = false

  constructor(options: DisplayControllerOptions) {
    this.#options = options
    this.#windows = options.windows
    this.#remembered = options.settings.projectorDisplay
  }

  /** Subscribes to the screen's events; returns the unsubscribe. */
  listen(): () => void {
    const added = (_event: unknown, display: Display) =>
      this.#onEvent({ type: 'display-added', display: toDisplayInfo(display) })
    const removed = (_event: unknown, display: Display) =>
      this.#onEvent({ type: 'display-removed', display: toDisplayInfo(display) })
    const changed = (_event: unknown, display: Display, changedMetrics: string[]) =>
      this.#onEvent({
        type: 'display-metrics-changed',
        display: toDisplayInfo(display),
        changedMetrics,
      })
    screen.on('display-added', added)
    screen.on('display-removed', removed)
    screen.on('display-metrics-changed', changed)
    return () => {
      screen.off('display-added', added)
      screen.off('display-removed', removed)
      screen.off('display-metrics-changed', changed)
    }
  }

  state(): PlacementState {
    const displays = screen.getAllDisplays().map(toDisplayInfo)
    const primaryId = screen.getPrimaryDisplay().id
    const presenter = this.#windows.presenterBounds()
    const own = presenter ? displayOfWindow(displays, presenter) : undefined
    return {
      displays,
      primaryId,
      presenterDisplayId: own?.id ?? primaryId,
      remembered: this.#remembered,
      coverPresenter: this.#cover,
      current: this.#windows.projectorPlacement(),
    }
  }

  list(): DisplayList {
    return describeDisplays(
      this.state(),
      { visible: this.#windows.projectorVisible() },
      this.#options.settingsReset,
    )
  }

  placement(): ProjectorPlacement | null {
    return targetPlacement({ ...this.state(), current: null })
  }

  choose(displayId: number): DisplayList {
    const outcome = chooseDisplay(this.state(), displayId)
    if (outcome) this.#carryOut(outcome)
    return this.#push()
  }

  fullscreenHere(on: boolean): DisplayList {
    this.#carryOut(coverPresenterScreen(this.state(), on))
    return this.#push()
  }

  identify(): void {
    this.#options.identify(this.state().displays)
  }

  onProjectorEscape(): void {
    if (this.#cover) this.fullscreenHere(false)
  }

  onProjectorChanged(): void {
    // A hidden projector no longer covers anything; shown again, it goes beside the presenter.
    if (this.#cover && !this.#windows.projectorVisible()) this.#cover = false
    this.#push()
  }

  #carryOut(outcome: ChoiceOutcome): void {
    const remembered = outcome.remembered
    if (remembered && !sameRemembered(remembered, this.#remembered)) {
      this.#remembered = remembered
      this.#options.save({ version: 1, projectorDisplay: remembered })
    }
    const wasCovering = this.#cover
    this.#cover = outcome.coverPresenter
    if (outcome.placement) this.#windows.placeProjector(outcome.placement, true)
    // Covering: the projector takes the keyboard, so Esc there brings the presenter back.
    if (outcome.coverPresenter) this.#windows.focusProjector()
    else if (wasCovering) this.#windows.focusPresenter()
  }

  #onEvent(event: DisplayEvent): void {
    const decision = decidePlacementOnChange(event, this.state())
    this.#cover = decision.coverPresenter
    if (decision.action === 'place') this.#windows.placeProjector(decision.placement, decision.show)
    this.#push()
  }

  #push(): DisplayList {
    const list = this.list()
    this.#windows.sendDisplays(list)
    return list
  }
}

function sameRemembered(a: RememberedDisplay, b: RememberedDisplay | null): boolean {
  return b !== null && a.id === b.id && a.label === b.label
}
