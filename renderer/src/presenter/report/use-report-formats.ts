import { REPORT_FORMATS, type ReportFormat } from '@core/report/report-contract'
import { computed, ref } from 'vue'

/** What colleagues open without effort; HTML and Markdown are there for whoever wants them. */
export const DEFAULT_REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'docx']

const STORAGE_KEY = 'dansende-dilemmas.report-formats'

/** The formats ticked last time on this computer; the defaults when none are remembered. */
function remembered(): ReportFormat[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')
    if (Array.isArray(stored)) return REPORT_FORMATS.filter((format) => stored.includes(format))
  } catch {
    // An unreadable or blocked storage only costs the remembered choice.
  }
  return [...DEFAULT_REPORT_FORMATS]
}

function remember(formats: readonly ReportFormat[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(formats))
  } catch {
    // Not remembering is fine: the choice still holds while the window is open.
  }
}

/**
 * Which formats "Verslag opslaan" writes: a choice of this computer, not of the session, so it
 * is kept in the window's own storage rather than sent to main.
 */
export function useReportFormats() {
  const chosen = ref<ReportFormat[]>(remembered())

  function toggle(format: ReportFormat, on: boolean): void {
    const next = REPORT_FORMATS.filter((f) => (f === format ? on : chosen.value.includes(f)))
    chosen.value = next
    remember(next)
  }

  const none = computed(() => chosen.value.length === 0)

  return { formats: REPORT_FORMATS, chosen, none, toggle }
}
