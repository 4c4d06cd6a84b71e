import type { DisplayInfo } from '@core/display/choose-display'
import type { PlacementState } from '@core/display/placement'

/** A display as Electron's screen reports it; a 40 px taskbar at the bottom unless told. */
export function display(
  id: number,
  label: string,
  x: number,
  width = 1920,
  height = 1080,
  taskbar = 40,
): DisplayInfo {
  return {
    id,
    label,
    bounds: { x, y: 0, width, height },
    workArea: { x, y: 0, width, height: height - taskbar },
    scaleFactor: 1,
  }
}

export const laptop = display(1, 'Ingebouwd scherm', 0)
export const beamer = display(2, 'EPSON PJ', 1920, 1280, 800, 0)
export const tv = display(3, 'LG TV', -1920, 1920, 1080, 0)

/** The laptop alone, the projector not yet open, nothing remembered. */
export function state(changes: Partial<PlacementState> = {}): PlacementState {
  return {
    displays: [laptop],
    primaryId: laptop.id,
    presenterDisplayId: laptop.id,
    remembered: null,
    coverPresenter: false,
    current: null,
    ...changes,
  }
}
