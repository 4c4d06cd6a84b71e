import type { CalendarInvitation } from '../calendar/invitation-ics'
import { GIDS_URL } from '../gids'
import { reportDates } from '../report/report-dates'
import type { LookBackItem, Session } from '../session/schema'
import type { FollowUpPlan } from './follow-up-contract'
import { followUpTexts, type FollowUpTexts } from './follow-up-texts'

/** Each follow-up keeps to its own line of the agenda, whatever a file's text holds. */
const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ')

function agendaLine(
  item: LookBackItem,
  texts: FollowUpTexts,
  shortDate: (iso: string) => string,
  includeOwners: boolean,
): string {
  const details = [
    ...(includeOwners && item.who.trim() !== '' ? [oneLine(item.who)] : []),
    ...(item.due === '' ? [] : [texts.due(shortDate(item.due))]),
  ]
  const what = oneLine(item.what)
  return details.length === 0 ? `- ${what}` : `- ${what} (${details.join(', ')})`
}

/**
 * The calendar invitation for a follow-up session made by `followUpSession`: its title, time
 * and place, and as description a short opening and the follow-ups it looks back on. Who takes
 * a follow-up on is named only when the facilitator chose so; participants are never listed.
 */
export function followUpInvitation(
  next: Session,
  plan: FollowUpPlan,
  madeAt: number,
  uid: string,
): CalendarInvitation {
  const texts = followUpTexts(next.locale)
  const { shortDate, longDate } = reportDates(texts.tag, undefined)
  const previous = next.lookBack.from
  const items = next.lookBack.followUps
  const agenda =
    items.length === 0
      ? [texts.noAgenda]
      : [
          texts.agendaHeading,
          ...items.map((item) => agendaLine(item, texts, shortDate, plan.includeOwners)),
        ]
  const opening =
    previous === null || previous.date === ''
      ? texts.openingUndated
      : texts.opening(longDate(previous.date))
  const title = next.setup.title.trim() === '' ? texts.untitled : next.setup.title.trim()
  return {
    uid,
    madeAt,
    date: plan.date,
    startTime: plan.startTime,
    durationMinutes: next.setup.plannedMinutes,
    summary: texts.summary(title),
    location: plan.location,
    description: [opening, '', ...agenda, '', texts.bring, texts.guide(GIDS_URL)].join('\n'),
  }
}
