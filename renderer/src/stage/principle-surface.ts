import { darkenForWhiteText } from '@core/principles/contrast'

/** Principle names on the beamer stand in white on their principle's colour at 7:1 or more. */
export const NAME_CONTRAST = 7

/**
 * The colour a principle's area is painted in on the beamer. A facilitator may pick any colour
 * that carries white text at 4.5:1; one below 7:1 is shown darkened just enough (same hue) for the
 * names. Every colour of the default deck already reaches 7:1 and is shown as it is.
 */
export function principleSurface(color: string): string {
  return darkenForWhiteText(color, NAME_CONTRAST)
}
