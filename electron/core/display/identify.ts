import { APP_ORIGIN } from '../app-origin'
import type { Rect } from './choose-display'

/** How long "Schermen herkennen" shows the numbers. */
export const IDENTIFY_DURATION_MS = 3000

/** More displays than this is not a meeting room; larger numbers are refused. */
export const MAX_IDENTIFY_NUMBER = 16

/** The identify page for one display: the number travels as the query parameter `n`. */
export function identifyPageUrl(number: number, devServerUrl?: string): string {
  const url = new URL('/identify.html', devServerUrl ?? APP_ORIGIN)
  url.searchParams.set('n', String(number))
  return url.toString()
}

/** The number in an identify page's query string, or null unless it is exactly 1…16. */
export function parseIdentifyNumber(search: string): number | null {
  const value = new URLSearchParams(search).get('n')
  if (value === null || !/^[1-9][0-9]?$/.test(value)) return null
  const number = Number(value)
  return number <= MAX_IDENTIFY_NUMBER ? number : null
}

/** A square in the middle of a display, large enough to read across the room. */
export function identifyWindowBounds(bounds: Rect): Rect {
  const size = Math.max(160, Math.min(420, Math.round(Math.min(bounds.width, bounds.height) * 0.4)))
  return {
    x: bounds.x + Math.round((bounds.width - size) / 2),
    y: bounds.y + Math.round((bounds.height - size) / 2),
    width: size,
    height: size,
  }
}
