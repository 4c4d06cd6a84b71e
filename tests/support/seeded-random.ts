import { seededRandom } from '../../electron/core/session/seeded'

/** The app's own seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export { seededRandom }
export type Random = () => number

/** A whole number in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}
