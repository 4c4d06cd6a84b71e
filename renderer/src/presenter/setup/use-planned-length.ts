import { useI18n } from 'vue-i18n'
import { computed, ref, watch } from 'vue'
import {
  describeDuration,
  lengthAdvice,
  parseMinutes,
  useSetup,
  type LengthAdvice,
  type Translate,
} from './use-setup'

/** The planned length field: a local draft, sent when it is a valid whole number of minutes. */
export function usePlannedLength() {
  const { t } = useI18n()
  const { setup, locale, edit } = useSetup()
  const planned = computed(() => setup.value?.plannedMinutes ?? null)
  const draft = ref(planned.value === null ? '' : String(planned.value))
  watch(planned, (minutes) => {
    if (minutes !== null) draft.value = String(minutes)
  })

  const parsed = computed(() => parseMinutes(draft.value))
  const invalid = computed(() => parsed.value === null)
  const advice = computed<LengthAdvice>(() =>
    parsed.value === null ? null : lengthAdvice(parsed.value),
  )
  const translate: Translate = (key, named = {}, plural) =>
    t(key, named, plural === undefined ? {} : { plural })
  const duration = computed(() =>
    parsed.value === null ? '' : describeDuration(parsed.value, locale.value, translate),
  )

  function onInput(value: string): void {
    draft.value = value
  }

  async function commit(): Promise<void> {
    if (parsed.value === null || parsed.value === planned.value) return
    await edit({ plannedMinutes: parsed.value })
  }

  return { draft, invalid, advice, duration, onInput, commit }
}
