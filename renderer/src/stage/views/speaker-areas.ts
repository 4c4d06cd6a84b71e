/** One area of the speakers' floor: [x, y, width, height] in % of the floor. */
export type Area = readonly [number, number, number, number]

/**
 * 1 full, 2 side by side, 3 and 4 in a 2×2, going round clockwise, so a rotation walks every
 * name round the square.
 */
const SQUARE: Record<number, readonly Area[]> = {
  1: [[0, 0, 100, 100]],
  2: [
    [0, 0, 50, 100],
    [50, 0, 50, 100],
  ],
  3: [
    [0, 0, 50, 50],
    [50, 0, 50, 50],
    [0, 50, 100, 50],
  ],
  4: [
    [0, 0, 50, 50],
    [50, 0, 50, 50],
    [50, 50, 50, 50],
    [0, 50, 50, 50],
  ],
}

/**
 * On a stage narrower than this (a 5:4 beamer), half its width cannot hold a long name like
 * "Rechtsstatelijk" at 8cqh: the areas stand in one column, one full-width row each, and a
 * rotation walks every name down the column. Must match the container query in the styles.
 */
export const NARROW_ASPECT = 1.3

/** The areas for `count` principles, in a square or, on a narrow stage, in one column. */
export function speakerAreas(count: number, narrow: boolean): readonly Area[] {
  if (!narrow) return SQUARE[count] ?? []
  return Array.from({ length: count }, (_, i): Area => [0, (i * 100) / count, 100, 100 / count])
}

/**
 * Where in its area a name stands, as a share of the area's height: below the principle. In a
 * low full-width row of the column the principle takes the upper half.
 */
export const nameHeight = (narrow: boolean) => (narrow ? 0.74 : 0.775)
