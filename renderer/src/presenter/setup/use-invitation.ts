import { presenterApi } from '@common/api'
import { formatTimeOfDay, intlLocale } from '@common/timers/timer-display'
import { GIDS_URL } from '@core/gids'
import type { Locale, Setup } from '@core/session/schema'
import { computed, onBeforeUnmount, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { describeDuration, formatLongDate, useSetup, type Translate } from './use-setup'

export type InvitationInput = Pick<
  Setup,
  'title' | 'date' | 'startTime' | 'location' | 'team' | 'facilitators' | 'plannedMinutes'
>

/** Fields the invitation needs that are still empty; the text shows "[datum]" and the like. */
export type InvitationField = 'date' | 'time' | 'location' | 'facilitators'

export interface Invitation {
  readonly subject: string
  readonly body: string
  readonly missing: readonly InvitationField[]
}

/** One line of plain text: an e-mail subject must not break, nor a greeting. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Subject and body of the invitation, in `locale`, with placeholders for what is missing. */
export function buildInvitation(
  input: InvitationInput,
  locale: Locale,
  translate: Translate,
): Invitation {
  const tr = (key: string, named?: Record<string, unknown>) => translate(`invitation.${key}`, named)
  const missing: InvitationField[] = []
  const orPlaceholder = (field: InvitationField, value: string) => {
    if (value !== '') return value
    missing.push(field)
    return tr(`placeholder.${field}`)
  }

  const title = oneLine(input.title) || tr('workshopName')
  const team = oneLine(input.team)
  const date = orPlaceholder('date', input.date && formatLongDate(input.date, locale))
  const time = orPlaceholder('time', formatTimeOfDay(input.startTime, locale))
  const location = orPlaceholder('location', oneLine(input.location))
  const names = input.facilitators.map(oneLine).filter((name) => name !== '')
  const signed = orPlaceholder(
    'facilitators',
    names.length === 0
      ? ''
      : new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(names),
  )
  const duration = describeDuration(input.plannedMinutes, locale, translate)

  const body = [
    team === '' ? tr('greeting') : tr('greetingTeam', { team }),
    tr('questions'),
    tr('session', { title }),
    tr('preparation', { guide: GIDS_URL }),
    [tr('when', { date }), tr('time', { time, duration }), tr('where', { location })].join('\n'),
    tr('seeYou'),
    [tr('regards'), signed].join('\n'),
  ].join('\n\n')

  return { subject: tr('subject', { title }), body, missing }
}

/** The invitation for the current session, in the session's language. */
export function useInvitation() {
  const { t } = useI18n()
  const { setup, locale } = useSetup()
  const translate: Translate = (key, named = {}, plural) =>
    t(
      key,
      named,
      plural === undefined ? { locale: locale.value } : { locale: locale.value, plural },
    )
  const invitation = computed(() =>
    setup.value === null ? null : buildInvitation(setup.value, locale.value, translate),
  )
  const missingNames = computed(() =>
    (invitation.value?.missing ?? []).map((field) => t(`invitation.fieldName.${field}`)).join(', '),
  )
  return { invitation, missingNames }
}

export type CopyTarget = 'subject' | 'body'

/** Copies through main (never navigator.clipboard) and says "Gekopieerd" for a moment. */
export function useCopyFeedback(showForMs = 2500) {
  const copied = ref<CopyTarget | null>(null)
  const failed = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null

  function stopTimer(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  async function copy(target: CopyTarget, text: string): Promise<void> {
    stopTimer()
    try {
      await presenterApi().copyText(text)
      failed.value = false
      copied.value = target
      timer = setTimeout(() => {
        copied.value = null
        timer = null
      }, showForMs)
    } catch {
      copied.value = null
      failed.value = true
    }
  }

  onBeforeUnmount(stopTimer)
  return { copied, failed, copy }
}
