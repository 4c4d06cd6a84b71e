import type { Display, Rectangle } from 'electron'

/** A display a test adds: the rest of Electron's Display is filled in as a plain monitor has. */
export interface DisplaySpec {
  readonly id: number
  readonly label: string
  readonly bounds: Rectangle
  /** The bounds less a taskbar; the whole display when left out. */
  readonly workArea?: Rectangle
  readonly scaleFactor?: number
  readonly internal?: boolean
}

/** The laptop's own screen every start has unless a test says otherwise. */
export const LAPTOP_DISPLAY: DisplaySpec = {
  id: 1,
  label: 'Ingebouwd scherm',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  internal: true,
}

/** docs/api/structures/display.md */
export function toDisplay(spec: DisplaySpec): Display {
  const workArea = spec.workArea ?? spec.bounds
  return {
    id: spec.id,
    label: spec.label,
    bounds: { ...spec.bounds },
    workArea: { ...workArea },
    size: { width: spec.bounds.width, height: spec.bounds.height },
    workAreaSize: { width: workArea.width, height: workArea.height },
    scaleFactor: spec.scaleFactor ?? 1,
    rotation: 0,
    internal: spec.internal ?? false,
    monochrome: false,
    accelerometerSupport: 'unknown',
    touchSupport: 'unknown',
    colorSpace: 'srgb',
    colorDepth: 24,
    depthPerComponent: 8,
    displayFrequency: 60,
    detected: true,
    maximumCursorSize: { width: 64, height: 64 },
    nativeOrigin: { x: spec.bounds.x, y: spec.bounds.y },
  }
}

/** Which display holds most of a rectangle (docs: screen.getDisplayMatching). */
export function displayMatching(
  displays: readonly Display[],
  rect: Rectangle,
): Display | undefined {
  let best: Display | undefined
  let bestArea = -1
  for (const display of displays) {
    const { x, y, width, height } = display.bounds
    const w = Math.min(x + width, rect.x + rect.width) - Math.max(x, rect.x)
    const h = Math.min(y + height, rect.y + rect.height) - Math.max(y, rect.y)
    const area = Math.max(0, w) * Math.max(0, h)
    if (area > bestArea) {
      best = display
      bestArea = area
    }
  }
  return best
}
