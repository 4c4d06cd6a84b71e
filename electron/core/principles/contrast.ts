/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** WCAG 2 contrast ratio between two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** Principle colours carry white text everywhere (mats on the projector, buttons, reports). */
export const PRINCIPLE_TEXT_COLOR = '#ffffff'
export const MIN_PRINCIPLE_CONTRAST = 4.5

export function isReadableBehindWhite(hex: string, minimum = MIN_PRINCIPLE_CONTRAST): boolean {
  return contrastRatio(hex, PRINCIPLE_TEXT_COLOR) >= minimum
}

const toHex = (value: number) =>
  Math.max(0, Math.min(255, Math.round(value)))
    .toString(16)
    .padStart(2, '0')

/**
 * The same hue, darkened just enough to carry white text at `minimum` contrast; colours that
 * already do are returned unchanged.
 */
export function darkenForWhiteText(hex: string, minimum = MIN_PRINCIPLE_CONTRAST): string {
  const rgb = [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16))
  for (let factor = 1; factor >= 0; factor -= 0.01) {
    const candidate = `#${rgb.map((c) => toHex(c * factor)).join('')}`
    if (isReadableBehindWhite(candidate, minimum)) return candidate
  }
  return '#000000'
}

/** Principle names stand in white on their principle's colour at 7:1 or more, on the beamer and on paper. */
export const NAME_CONTRAST = 7

/**
 * The colour a principle's area is painted in, on the beamer and on printed matter alike. A
 * facilitator may pick any colour that carries white text at 4.5:1; one below 7:1 is shown
 * darkened just enough (same hue) for the names. Every colour of the default deck already
 * reaches 7:1 and is shown as it is.
 */
export function principleSurface(color: string): string {
  return darkenForWhiteText(color, NAME_CONTRAST)
}
