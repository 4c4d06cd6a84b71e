interface Span {
  readonly start: number
  readonly end: number
}

/**
 * Keeps spans that do not overlap: the longer span wins, on equal length the lower rank, then the
 * earlier start. Returned sorted by start. The lists are short (a handful per text field), so the
 * quadratic check is cheaper than anything cleverer.
 */
export function withoutOverlaps<T extends Span>(
  spans: readonly T[],
  rank: (span: T) => number,
): T[] {
  if (spans.length < 2) return [...spans]
  const byPreference = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start,
  )
  const kept: T[] = []
  for (const span of byPreference) {
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) kept.push(span)
  }
  return kept.sort((a, b) => a.start - b.start)
}
