import { useSessionStore } from '@common/session/session-store'
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '@core/session/schema'
import { computed } from 'vue'

export type ReportOption = keyof ReportOptions

/** The report's privacy choices: they belong to the session, so they travel with its file. */
export function useReportOptions() {
  const store = useSessionStore()
  const options = computed<ReportOptions>(() => store.session?.report ?? DEFAULT_REPORT_OPTIONS)

  function set(option: ReportOption, on: boolean): void {
    if (options.value[option] === on) return
    void store.dispatch(
      option === 'includeNames'
        ? { type: 'report/options', includeNames: on }
        : { type: 'report/options', includeContributors: on },
    )
  }

  return { options, set }
}
