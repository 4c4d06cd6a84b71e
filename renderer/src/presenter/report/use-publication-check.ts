import { useSessionStore } from '@common/session/session-store'
import type { FindingKind } from '@core/privacy/detect'
import type { Finding } from '@core/privacy/publication'
import { publicationOf } from '@core/report/report-model'
import type { FindingChoice } from '@core/session/schema'
import { computed } from 'vue'

/** The order the Verslag panel lists the kinds in: the most common first. */
export const FINDING_KINDS: readonly FindingKind[] = [
  'name',
  'email',
  'phone',
  'postcode',
  'iban',
  'bsn',
  'birthdate',
]

export interface FindingGroup {
  readonly kind: FindingKind
  readonly findings: readonly Finding[]
}

/** What the report will hold, counted for the sentence under the privacy choices. */
export interface PublicationSummary {
  readonly namesIncluded: boolean
  /** Names in typed text that become their label. */
  readonly labelled: number
  /** Findings of each kind other than names. */
  readonly found: Readonly<Partial<Record<FindingKind, number>>>
  readonly removed: number
  readonly kept: number
  /** Findings nobody has looked at yet: their default holds. */
  readonly unresolved: number
}

/**
 * The publication check of the report as main will write it, derived from the session like
 * everything else a window shows (the same pure function main runs before any format). It is
 * fast enough (see the bench) to follow every change without waiting.
 */
export function usePublicationCheck() {
  const store = useSessionStore()
  const findings = computed<readonly Finding[]>(() =>
    store.session ? publicationOf(store.session, Date.now()).findings : [],
  )
  const groups = computed<FindingGroup[]>(() =>
    FINDING_KINDS.map((kind) => ({
      kind,
      findings: findings.value.filter((finding) => finding.kind === kind),
    })).filter((group) => group.findings.length > 0),
  )
  const summary = computed<PublicationSummary>(() => {
    const all = findings.value
    const found: Partial<Record<FindingKind, number>> = {}
    for (const finding of all)
      if (finding.kind !== 'name') found[finding.kind] = (found[finding.kind] ?? 0) + 1
    return {
      namesIncluded: store.session?.report.includeNames ?? false,
      labelled: all.filter((f) => f.kind === 'name' && f.choice === 'label').length,
      found,
      removed: all.filter((f) => f.choice === 'remove').length,
      kept: all.filter((f) => f.choice === 'keep').length,
      unresolved: all.filter((f) => !f.chosen).length,
    }
  })

  function choose(key: string, choice: FindingChoice): void {
    void store.dispatch({ type: 'report/finding-choice', key, choice })
  }

  return { findings, groups, summary, choose }
}
