import { contrastRatio, darkenForWhiteText, PRINCIPLE_TEXT_COLOR } from '@core/principles/contrast'
import type { Principle } from '@core/session/schema'
import { computed, ref } from 'vue'
import { usePrincipleCommands } from './use-principles'

const HEX = /^#[0-9a-f]{6}$/

/** What the colour picker reports, as the session stores it; null when it is not a colour. */
function normalise(value: string): string | null {
  const lower = value.trim().toLowerCase()
  return HEX.test(lower) ? lower : null
}

export interface Darkened {
  readonly picked: string
  readonly color: string
}

/**
 * The colour of one principle. Every colour carries white text at 4.5:1 or better: a colour
 * that is too light is darkened before it is sent, and the facilitator is told so.
 */
export function usePrincipleColor(principle: () => Principle) {
  const commands = usePrincipleCommands()
  /** The colour while the picker is open; what is sent is its readable version. */
  const draft = ref<string | null>(null)
  const darkened = ref<Darkened | null>(null)

  const color = computed(() => darkenForWhiteText(draft.value ?? principle().color))
  const pickerValue = computed(() => (draft.value ?? principle().color).toLowerCase())
  const ratio = computed(() => contrastRatio(color.value, PRINCIPLE_TEXT_COLOR))

  function onInput(value: string): void {
    draft.value = normalise(value) ?? draft.value
  }

  async function onChange(value: string): Promise<void> {
    const picked = normalise(value)
    if (picked === null) return
    const readable = darkenForWhiteText(picked)
    darkened.value = readable === picked ? null : { picked, color: readable }
    if (readable !== principle().color.toLowerCase())
      await commands.setColor(principle().id, readable)
    draft.value = null
  }

  return { color, pickerValue, ratio, darkened, onInput, onChange }
}
