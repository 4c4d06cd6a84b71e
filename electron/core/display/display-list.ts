import type { DisplayInfo } from './choose-display'
import { presenterDisplay, rememberedIsConnected, type PlacementState } from './placement'

/** One display as the presenter lists it. Only what main tells: never a display it made up. */
export interface DisplaySummary {
  readonly id: number
  /** 1, 2, 3… from left to right: the number "Schermen herkennen" shows on that screen. */
  readonly number: number
  /** The name the operating system gives it; may be empty. */
  readonly label: string
  /** The resolution in device pixels. */
  readonly width: number
  readonly height: number
  readonly primary: boolean
  /** The presenter window is on it. */
  readonly presenter: boolean
  /** The (visible) projector window is on it. */
  readonly projector: boolean
}

export type ProjectorState = 'fullscreen' | 'window' | 'hidden'

export interface DisplayList {
  readonly displays: readonly DisplaySummary[]
  readonly projector: ProjectorState
  /** The projector fills the presenter's own screen, as the facilitator asked. */
  readonly coversPresenter: boolean
  /** The remembered display when it is not connected now (its label may be empty). */
  readonly missingRemembered: { readonly label: string } | null
  /** The stored choice could not be read and was moved aside; a new choice is needed. */
  readonly settingsReset: boolean
}

/** Displays from left to right (then top to bottom), numbered from 1. */
export function numberDisplays(
  displays: readonly DisplayInfo[],
): { readonly display: DisplayInfo; readonly number: number }[] {
  return [...displays]
    .sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id)
    .map((display, index) => ({ display, number: index + 1 }))
}

export interface ProjectorView {
  readonly visible: boolean
}

export function describeDisplays(
  state: PlacementState,
  projector: ProjectorView,
  settingsReset = false,
): DisplayList {
  const own = presenterDisplay(state)
  const current = projector.visible ? state.current : null
  const displays = numberDisplays(state.displays).map(({ display, number }) => {
    const scale = display.scaleFactor ?? 1
    return {
      id: display.id,
      number,
      label: display.label,
      width: Math.round(display.bounds.width * scale),
      height: Math.round(display.bounds.height * scale),
      primary: display.id === state.primaryId,
      presenter: display.id === own?.id,
      projector: display.id === current?.displayId,
    }
  })
  const { remembered } = state
  return {
    displays,
    projector: current?.kind ?? 'hidden',
    coversPresenter:
      state.coverPresenter && current?.kind === 'fullscreen' && current.displayId === own?.id,
    missingRemembered:
      remembered && !rememberedIsConnected(state) ? { label: remembered.label } : null,
    settingsReset,
  }
}
