import { useSessionStore } from '@common/session/session-store'
import type { FollowUp } from '@core/session/schema'
import { computed, type Ref } from 'vue'
import { useRows } from './use-harvest'

export type FollowUpChanges = Partial<Pick<FollowUp, 'what' | 'who' | 'due'>>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
/** One formatter per language, made once: every follow-up row formats its date on each render. */
const dueFormats = new Map<string, Intl.DateTimeFormat>()

/** "vr 14 mrt 2025" (or "Fri 14 Mar 2025"); '' for no or an unreadable date. */
export function formatDue(due: string, locale: string): string {
  if (!ISO_DATE.test(due)) return ''
  const date = new Date(`${due}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return ''
  const tag = locale === 'en' ? 'en-GB' : 'nl-NL'
  let format = dueFormats.get(tag)
  if (!format) {
    format = new Intl.DateTimeFormat(tag, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
    dueFormats.set(tag, format)
  }
  return format.format(date)
}

/** The follow-up table: what, who prepares it, when. */
export function useFollowUps(root: Ref<HTMLElement | null>) {
  const store = useSessionStore()
  const followUps = computed(() => store.session?.harvest.followUps ?? [])
  const rows = useRows(followUps, root, (followUp) =>
    [followUp.what, followUp.who, followUp.due].every((text) => text.trim() === ''),
  )

  function edit(id: string, changes: FollowUpChanges): void {
    void store.dispatch({ type: 'harvest/edit-followup', id, ...changes })
  }

  /** From the date field: '' clears the date; anything but a whole date is left alone. */
  function setDue(id: string, value: string): void {
    if (value === '' || ISO_DATE.test(value)) edit(id, { due: value })
  }

  return {
    followUps,
    confirmingId: rows.confirmingId,
    add: () => rows.add({ type: 'harvest/add-followup' }),
    edit,
    setDue,
    /** Removes an empty row at once; a row with something in it only on the second click. */
    remove: (id: string) => rows.remove(id, { type: 'harvest/remove-followup', id }),
    cancelRemove: rows.cancelRemove,
  }
}
