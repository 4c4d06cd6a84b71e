import type { Dilemma, PairKind, Principle, Session } from '../session/schema'
import { pairKindOf, pairsThatCameUp, tensionMap, type PairTally } from '../session/tension-map'
import { cleanText } from './clean-text'
import type { PrincipleRef, ReportFact, TensionMapReport } from './report-model-types'
import type { ReportTexts } from './report-texts'

const ref = (principle: Principle): PrincipleRef => ({
  name: cleanText(principle.name),
  color: principle.color,
})

const pairName = (texts: ReportTexts, a: Principle, b: Principle) =>
  texts.dilemma.pair(cleanText(a.name), cleanText(b.name))

const cameUp = (pair: PairTally) => pair.tension > 0 || pair.common > 0

/**
 * The tension map of the whole session, or null when no pair of the deck was marked: a map of
 * empty cells says nothing. Each kind is a line of text too, so the map is never the only way in.
 */
export function tensionMapReport(session: Session, texts: ReportTexts): TensionMapReport | null {
  const map = tensionMap(session)
  if (!map.pairs.some(cameUp)) return null
  const words = texts.tensionMap
  const line = (kind: PairKind, label: string): ReportFact[] => {
    const pairs = pairsThatCameUp(map, kind)
    if (pairs.length === 0) return []
    const value = pairs.map((p) => words.times(pairName(texts, p.a, p.b), p[kind])).join(', ')
    return [{ label, value }]
  }
  const count = (kind: PairKind) => pairsThatCameUp(map, kind).length
  return {
    heading: words.heading,
    intro: words.intro(map.dilemmas),
    principles: map.principles.map(ref),
    pairs: map.pairs.map((pair) => ({ ...pair, a: ref(pair.a), b: ref(pair.b) })),
    most: map.most,
    imageLabel: words.imageLabel(map.principles.length, count('tension'), count('common')),
    legend: { tension: words.legendTension, common: words.legendCommon },
    lines: [...line('tension', texts.dilemma.tension), ...line('common', texts.dilemma.common)],
    table: {
      caption: words.caption,
      columns: {
        pair: words.pairColumn,
        tension: texts.dilemma.tension,
        common: texts.dilemma.common,
      },
      rows: map.pairs.filter(cameUp).map((pair) => ({
        pair: pairName(texts, pair.a, pair.b),
        tension: String(pair.tension),
        common: String(pair.common),
      })),
    },
  }
}

/** A dilemma's own marks as facts ("Spanning: A – B, C – D"), each kind in deck order. */
export function pairFacts(session: Session, dilemma: Dilemma, texts: ReportTexts): ReportFact[] {
  if (dilemma.pairs.length === 0) return []
  const { principles } = session
  const marked = (kind: PairKind) =>
    principles.flatMap((a, i) =>
      principles
        .slice(i + 1)
        .filter((b) => pairKindOf(dilemma, a.id, b.id) === kind)
        .map((b) => pairName(texts, a, b)),
    )
  return (
    [
      [texts.dilemma.tension, marked('tension')],
      [texts.dilemma.common, marked('common')],
    ] as const
  )
    .filter(([, pairs]) => pairs.length > 0)
    .map(([label, pairs]) => ({ label, value: pairs.join(', ') }))
}
