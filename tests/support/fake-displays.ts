import type { DisplayInfo } from '@core/display/choose-display'
import { describeDisplays, type DisplayList } from '@core/display/display-list'
import {
  decidePlacementOnChange,
  targetPlacement,
  type CurrentPlacement,
  type DisplayEvent,
  type PlacementState,
} from '@core/display/placement'
import {
  chooseDisplay,
  coverPresenterScreen,
  type ChoiceOutcome,
} from '@core/display/projector-choice'
import type { ProjectorPlacement } from '@core/display/choose-display'
import type { WindowActions } from '@contract'

export type DisplayActions = Pick<
  WindowActions,
  'getDisplays' | 'chooseProjectorDisplay' | 'identifyDisplays' | 'setProjectorFullscreenHere'
>

function screenDisplay(id: number, label: string, x: number, width: number, height: number) {
  const bounds = { x, y: 0, width, height }
  return { id, label, bounds, workArea: { ...bounds, height: height - 40 }, scaleFactor: 1 }
}

/** A laptop with a beamer to its right: the usual meeting room. */
export const LAPTOP: DisplayInfo = screenDisplay(1, 'Ingebouwd scherm', 0, 1920, 1080)
export const BEAMER: DisplayInfo = screenDisplay(2, 'EPSON PJ', 1920, 1280, 800)

function toCurrent(placement: ProjectorPlacement | null): CurrentPlacement | null {
  if (placement === null) return null
  if (placement.kind === 'fullscreen')
    return { kind: 'fullscreen', displayId: placement.display.id }
  return { kind: 'window', displayId: placement.display.id, bounds: placement.bounds }
}

/**
 * Main's display management without Electron: the real decisions from core/display over a
 * display list the test sets, for the component FakeBackend and the e2e harness.
 */
export class FakeDisplays {
  #state: PlacementState
  #visible = true
  readonly #listeners = new Set<(list: DisplayList) => void>()
  identifyRequests = 0
  settingsReset = false

  constructor(displays: readonly DisplayInfo[] = [LAPTOP, BEAMER]) {
    this.#state = FakeDisplays.#initial(displays)
  }

  /** Starts over with these displays connected, as main would at start-up. */
  reset(displays: readonly DisplayInfo[], remembered: PlacementState['remembered'] = null): void {
    this.#state = FakeDisplays.#initial(displays, remembered)
    this.#visible = true
  }

  static #initial(
    displays: readonly DisplayInfo[],
    remembered: PlacementState['remembered'] = null,
  ): PlacementState {
    const primaryId = displays[0]?.id ?? 0
    const state: PlacementState = {
      displays,
      primaryId,
      presenterDisplayId: primaryId,
      remembered,
      coverPresenter: false,
      current: null,
    }
    return { ...state, current: toCurrent(targetPlacement(state)) }
  }

  get state(): PlacementState {
    return this.#state
  }

  list(): DisplayList {
    return describeDisplays(this.#state, { visible: this.#visible }, this.settingsReset)
  }

  /** What main sends on the displays channel; returns the unsubscribe. */
  onChange(listener: (list: DisplayList) => void): () => void {
    this.#listeners.add(listener)
    return () => {
      this.#listeners.delete(listener)
    }
  }

  /** How many windows listen for display pushes. */
  get listenerCount(): number {
    return this.#listeners.size
  }

  /** A display comes, goes or changes, as Electron's screen module reports it. */
  emit(event: DisplayEvent): void {
    const decision = decidePlacementOnChange(event, this.#state)
    const displays =
      event.type === 'display-removed'
        ? this.#state.displays.filter((d) => d.id !== event.display.id)
        : [...this.#state.displays.filter((d) => d.id !== event.display.id), event.display]
    const current =
      decision.action === 'place' ? toCurrent(decision.placement) : this.#state.current
    this.#state = { ...this.#state, displays, current, coverPresenter: decision.coverPresenter }
    if (decision.action === 'place' && decision.show) this.#visible = true
    this.#push()
  }

  /** The projector window hidden or shown again, as its close button and "Beamer tonen" do. */
  setProjectorVisible(visible: boolean): void {
    this.#visible = visible
    if (!visible) this.#state = { ...this.#state, coverPresenter: false }
    this.#push()
  }

  actions(): DisplayActions {
    return {
      getDisplays: () => this.list(),
      chooseProjectorDisplay: (id) => {
        const outcome = chooseDisplay(this.#state, id)
        if (outcome) this.#carryOut(outcome)
        return this.#push()
      },
      identifyDisplays: () => {
        this.identifyRequests += 1
      },
      setProjectorFullscreenHere: (on) => {
        this.#carryOut(coverPresenterScreen(this.#state, on))
        return this.#push()
      },
    }
  }

  #carryOut(outcome: ChoiceOutcome): void {
    const current = outcome.placement ? toCurrent(outcome.placement) : this.#state.current
    this.#state = {
      ...this.#state,
      remembered: outcome.remembered,
      coverPresenter: outcome.coverPresenter,
      current,
    }
    this.#visible = true
  }

  #push(): DisplayList {
    const list = this.list()
    for (const listener of this.#listeners) listener(list)
    return list
  }
}
