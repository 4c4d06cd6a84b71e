export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** The parts of Electron's Display the choice depends on. */
export interface DisplayInfo {
  readonly id: number
  readonly label: string
  readonly bounds: Rect
  readonly workArea: Rect
  /** Device pixels per layout pixel; the resolution shown to the facilitator uses it. */
  readonly scaleFactor?: number
}

export interface RememberedDisplay {
  readonly id: number
  readonly label: string
}

export type ProjectorPlacement =
  | { readonly kind: 'fullscreen'; readonly display: DisplayInfo }
  | { readonly kind: 'window'; readonly display: DisplayInfo; readonly bounds: Rect }

/**
 * Where the projector goes: the remembered display (by id, then by label, since ids change
 * between sessions on some systems), else any display that is not the presenter's; with one
 * screen, a window on it that leaves the presenter visible.
 */
export function chooseProjectorPlacement(
  displays: readonly DisplayInfo[],
  primaryId: number,
  remembered: RememberedDisplay | null,
): ProjectorPlacement | null {
  const others = displays.filter((d) => d.id !== primaryId)
  // Each step must give `undefined` (not `false`) when it finds nothing, or `??` stops there.
  const byId = remembered ? others.find((d) => d.id === remembered.id) : undefined
  const byLabel =
    remembered && remembered.label !== ''
      ? others.find((d) => d.label === remembered.label)
      : undefined
  const chosen = byId ?? byLabel ?? others[0]
  if (chosen) return { kind: 'fullscreen', display: chosen }
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0]
  if (!primary) return null
  return { kind: 'window', display: primary, bounds: windowedProjectorBounds(primary.workArea) }
}

/** A 16:9 window at about half the work area, in the lower right corner, fully on screen. */
export function windowedProjectorBounds(workArea: Rect): Rect {
  // Also capped by the height, so a wide but low work area still holds the whole window.
  const fitsHeight = Math.floor((workArea.height * 16) / 9)
  const width = Math.max(320, Math.min(Math.round(workArea.width / 2), fitsHeight, 1280))
  const height = Math.round((width * 9) / 16)
  const margin = 24
  return {
    width,
    height,
    x: workArea.x + Math.max(0, workArea.width - width - margin),
    y: workArea.y + Math.max(0, workArea.height - height - margin),
  }
}
