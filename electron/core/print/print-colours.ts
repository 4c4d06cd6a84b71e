import { principleSurface } from '../principles/contrast'

/** Dark ink for text on white paper. */
export const PRINT_INK = '#14213d'

/**
 * A principle's colour on paper: the same surface the beamer paints (white names at 7:1), so the
 * room and the screen match. Colours come from a validated deck; anything else prints in ink.
 */
export function principleInk(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? principleSurface(color) : PRINT_INK
}
