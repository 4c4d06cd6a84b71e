import { useSessionStore } from '@common/session/session-store'
import { newNames } from '@core/commands/domains/participants'
import { LIMITS, participantNameSchema } from '@core/session/schema'
import { spokenParticipantIds } from '@core/session/speakers'
import { splitNames } from '@core/text/split-names'
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'

/** The longest name main accepts. */
export const MAX_NAME_LENGTH = participantNameSchema.maxLength ?? 80

const fits = (name: string) => participantNameSchema.safeParse(name).success

/** The participant list as the panel shows it: who is there, who spoke, and how many. */
export function useParticipantList() {
  const store = useSessionStore()
  const participants = computed(() => store.session?.participants ?? [])
  const presentCount = computed(() => participants.value.filter((p) => p.present).length)
  const spoken = computed(() =>
    store.session ? spokenParticipantIds(store.session) : new Set<string>(),
  )
  const tooMany = computed(() => presentCount.value > LIMITS.recommendedParticipants)

  return {
    participants,
    presentCount,
    spoken,
    tooMany,
    recommended: LIMITS.recommendedParticipants,
  }
}

/**
 * Many names at once: a pasted list is split, names already in the session (or twice in the
 * list) are left out, and the rest goes to main in one command. Names too long to accept stay
 * in the field so they can be shortened.
 */
export function useAddParticipants() {
  const store = useSessionStore()
  const { t } = useI18n()
  const draft = ref('')
  const feedback = ref('')
  const busy = ref(false)

  function summary(added: number, alreadyThere: number, tooLong: number): string {
    const parts = [t('participants.added', { count: added }, added)]
    if (alreadyThere > 0)
      parts.push(t('participants.alreadyThere', { count: alreadyThere }, alreadyThere))
    if (tooLong > 0)
      parts.push(t('participants.tooLong', { count: tooLong, max: MAX_NAME_LENGTH }, tooLong))
    return parts.join(' ')
  }

  async function add(): Promise<void> {
    const session = store.session
    if (session === null || busy.value) return
    const names = splitNames(draft.value)
    if (names.length === 0) {
      feedback.value = t('participants.nothingToAdd')
      return
    }
    const accepted = names.filter(fits)
    const tooLong = names.filter((name) => !fits(name))
    const fresh = newNames(session, accepted)
    if (fresh.length > 0) {
      busy.value = true
      const result = await store.dispatch({ type: 'participant/add-many', names: fresh })
      busy.value = false
      // Refused (for example: too many participants): the banner says why; the text stays.
      if (result?.ok !== true) {
        feedback.value = ''
        return
      }
    }
    draft.value = tooLong.join('\n')
    feedback.value = summary(fresh.length, accepted.length - fresh.length, tooLong.length)
  }

  return { draft, feedback, busy, add }
}
