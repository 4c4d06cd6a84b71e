import type { Session } from '../session/schema'
import { cleanText } from './clean-text'
import type { ReportDates } from './report-dates'
import type { LookBackRow, LookBackSection } from './report-model-types'
import type { ReportTexts } from './report-texts'

/**
 * The previous session's follow-ups as this session found them. Owners are written as typed:
 * the publication check gives them the same treatment as this session's own follow-up owners.
 */
export function lookBackSection(
  session: Session,
  texts: ReportTexts,
  dates: ReportDates,
): LookBackSection | null {
  const { from, followUps } = session.lookBack
  const words = texts.lookBack
  const rows = followUps
    .map((item) => ({
      what: cleanText(item.what),
      who: cleanText(item.who),
      due: item.due === '' ? '' : dates.shortDate(item.due),
      done: item.state === 'done',
      state: words.states[item.state],
    }))
    .filter((row) => row.what !== '' || row.who !== '' || row.due !== '')
  if (rows.length === 0) return null
  const title = from === null ? '' : cleanText(from.title)
  const date = from === null || from.date === '' ? '' : dates.longDate(from.date)
  const done = rows.filter((row) => row.done).length
  return {
    heading: words.heading(title, date),
    intro: words.intro,
    columns: {
      what: texts.harvest.what,
      who: texts.harvest.who,
      due: texts.harvest.due,
      state: words.state,
    },
    rows: rows.map(({ what, who, due, state }): LookBackRow => ({ what, who, due, state })),
    summary: words.summary(done, rows.length),
  }
}
