import type { ProjectorPlacement, RememberedDisplay } from './choose-display'
import { presenterDisplay, targetPlacement, type PlacementState } from './placement'

/** What a facilitator's choice changes: the remembered display, the cover flag, the place. */
export interface ChoiceOutcome {
  readonly remembered: RememberedDisplay | null
  readonly coverPresenter: boolean
  readonly placement: ProjectorPlacement | null
}

/**
 * The projector fullscreen on the presenter's own screen ("schermvullend op dit scherm"), or
 * back from it. Covering is never remembered: the next start puts the projector beside the
 * presenter again.
 */
export function coverPresenterScreen(state: PlacementState, on: boolean): ChoiceOutcome {
  return {
    remembered: state.remembered,
    coverPresenter: on,
    placement: targetPlacement({ ...state, coverPresenter: on }),
  }
}

/**
 * The facilitator picks the projector's display by id. Another display is remembered by id and
 * label; the presenter's own screen counts as asking to cover it. Null when the display is no
 * longer connected (unplugged between showing the list and the click).
 */
export function chooseDisplay(state: PlacementState, displayId: number): ChoiceOutcome | null {
  const chosen = state.displays.find((d) => d.id === displayId)
  if (!chosen) return null
  if (chosen.id === presenterDisplay(state)?.id) return coverPresenterScreen(state, true)
  return {
    remembered: { id: chosen.id, label: chosen.label },
    coverPresenter: false,
    placement: { kind: 'fullscreen', display: chosen },
  }
}
