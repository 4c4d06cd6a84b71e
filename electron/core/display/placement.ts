import {
  chooseProjectorPlacement,
  type DisplayInfo,
  type ProjectorPlacement,
  type Rect,
  type RememberedDisplay,
} from './choose-display'

/** Where the projector window is now, as main last placed it. */
export type CurrentPlacement =
  | { readonly kind: 'fullscreen'; readonly displayId: number }
  | { readonly kind: 'window'; readonly displayId: number; readonly bounds: Rect }

/** Everything the placement of the projector depends on. */
export interface PlacementState {
  readonly displays: readonly DisplayInfo[]
  /** The operating system's primary display. */
  readonly primaryId: number
  /** The display the presenter window is on; the primary one when unknown. */
  readonly presenterDisplayId: number
  /** The facilitator's last choice, kept between sessions. */
  readonly remembered: RememberedDisplay | null
  /** The facilitator asked for the projector fullscreen on the presenter's own screen. */
  readonly coverPresenter: boolean
  /** Null while there is no projector window. */
  readonly current: CurrentPlacement | null
}

/** The presenter's display, if it is still connected; else the primary one; else any. */
export function presenterDisplay(state: PlacementState): DisplayInfo | undefined {
  const { displays } = state
  return (
    displays.find((d) => d.id === state.presenterDisplayId) ??
    displays.find((d) => d.id === state.primaryId) ??
    displays[0]
  )
}

function matchesRemembered(display: DisplayInfo, remembered: RememberedDisplay): boolean {
  return (
    display.id === remembered.id || (remembered.label !== '' && display.label === remembered.label)
  )
}

/** Whether the remembered display is connected (and is not the presenter's own screen). */
export function rememberedIsConnected(state: PlacementState): boolean {
  const { remembered } = state
  const own = presenterDisplay(state)
  if (!remembered) return false
  return state.displays.some((d) => d.id !== own?.id && matchesRemembered(d, remembered))
}

/**
 * Where the projector belongs: fullscreen on the presenter's screen only when asked; else the
 * remembered display; else the display it is already on (so a screen plugged in later does not
 * take it away from a working beamer); else any other display; else a window beside the
 * presenter.
 */
export function targetPlacement(state: PlacementState): ProjectorPlacement | null {
  const own = presenterDisplay(state)
  if (!own) return null
  if (state.coverPresenter) return { kind: 'fullscreen', display: own }
  let preference = state.remembered
  if (!rememberedIsConnected(state) && state.current?.kind === 'fullscreen') {
    const here = state.current.displayId
    if (here !== own.id && state.displays.some((d) => d.id === here)) {
      preference = { id: here, label: '' }
    }
  }
  return chooseProjectorPlacement(state.displays, own.id, preference)
}

export type DisplayEvent =
  | { readonly type: 'display-added'; readonly display: DisplayInfo }
  | { readonly type: 'display-removed'; readonly display: DisplayInfo }
  | {
      readonly type: 'display-metrics-changed'
      readonly display: DisplayInfo
      /** 'bounds', 'workArea', 'scaleFactor' and/or 'rotation', as Electron reports them. */
      readonly changedMetrics: readonly string[]
    }

export type PlacementDecision =
  | { readonly action: 'keep'; readonly coverPresenter: boolean }
  | {
      readonly action: 'place'
      readonly placement: ProjectorPlacement
      /** Show a hidden projector too: a beamer was just connected for it. */
      readonly show: boolean
      readonly coverPresenter: boolean
    }

/** The display list after the event, whether or not the list given already reflects it. */
function displaysAfter(event: DisplayEvent, displays: readonly DisplayInfo[]): DisplayInfo[] {
  const known = displays.some((d) => d.id === event.display.id)
  if (event.type === 'display-removed') return displays.filter((d) => d.id !== event.display.id)
  if (!known) return [...displays, event.display]
  return displays.map((d) => (d.id === event.display.id ? event.display : d))
}

function samePlace(current: CurrentPlacement, target: ProjectorPlacement): boolean {
  return current.kind === target.kind && current.displayId === target.display.id
}

export function isInside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

/** After a display's metrics changed, whether the projector on it must be fitted again. */
function needsRefit(
  current: CurrentPlacement,
  target: ProjectorPlacement,
  changed: readonly string[],
): boolean {
  if (current.kind === 'fullscreen')
    return changed.includes('bounds') || changed.includes('rotation')
  // A window the facilitator placed stays put as long as it is still wholly visible.
  return !isInside(current.bounds, target.display.workArea)
}

/**
 * What to do with the projector when a display comes, goes or changes. Only the window's place
 * changes: the session is untouched, so nothing can be lost.
 */
export function decidePlacementOnChange(
  event: DisplayEvent,
  state: PlacementState,
): PlacementDecision {
  const displays = displaysAfter(event, state.displays)
  const before = presenterDisplay(state)
  // A screen other than the presenter's arrives: it takes the projector, the laptop is free again.
  const coverPresenter =
    state.coverPresenter && !(event.type === 'display-added' && event.display.id !== before?.id)
  const next: PlacementState = { ...state, displays, coverPresenter }
  const keep: PlacementDecision = { action: 'keep', coverPresenter }
  const target = targetPlacement(next)
  const { current } = state
  if (target === null || current === null) return keep
  if (!samePlace(current, target)) {
    const arrived = event.type === 'display-added' && target.display.id === event.display.id
    return { action: 'place', placement: target, show: arrived, coverPresenter }
  }
  if (
    event.type === 'display-metrics-changed' &&
    event.display.id === current.displayId &&
    needsRefit(current, target, event.changedMetrics)
  ) {
    return { action: 'place', placement: target, show: false, coverPresenter }
  }
  return keep
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/** The display a window is (mostly) on, as the operating system would say; undefined if none. */
export function displayOfWindow(
  displays: readonly DisplayInfo[],
  window: Rect,
): DisplayInfo | undefined {
  let best: DisplayInfo | undefined
  let bestArea = 0
  for (const display of displays) {
    const area = overlapArea(display.bounds, window)
    if (area > bestArea) {
      best = display
      bestArea = area
    }
  }
  return best
}
