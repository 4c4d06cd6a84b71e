import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { FINDING_KINDS, type PublicationSummary } from './use-publication-check'

/**
 * The sentence under the privacy choices, made from what the report will really hold
 * ("Namen van deelnemers: niet opgenomen · 3 namen in vrije tekst vervangen · 1 telefoonnummer
 * gevonden · 1 verwijderd"), so it can never promise more than the report keeps.
 */
export function usePublicationSentence(summary: Readonly<Ref<PublicationSummary>>) {
  const { t } = useI18n()
  return computed(() => {
    const s = summary.value
    const parts = [t(s.namesIncluded ? 'report.check.namesIn' : 'report.check.namesOut')]
    if (s.labelled > 0) parts.push(t('report.check.labelled', s.labelled))
    for (const kind of FINDING_KINDS) {
      const count = s.found[kind] ?? 0
      if (count > 0) parts.push(t(`report.check.found.${kind}`, count))
    }
    if (s.removed > 0) parts.push(t('report.check.removed', s.removed))
    if (s.kept > 0) parts.push(t('report.check.kept', s.kept))
    if (parts.length === 1) parts.push(t('report.check.nothing'))
    return parts.join(' · ')
  })
}
