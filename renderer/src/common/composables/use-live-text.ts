import { onBeforeUnmount, ref, watch } from 'vue'

/** How often, at most, typed text is sent to main while typing. */
const THROTTLE_MS = 120

/**
 * A text field that sends what is typed to main as the user types (so the projector can show
 * it live) without ever fighting the user: while the field has focus, the local draft wins over
 * snapshots that are still catching up; on blur the last text is sent at once.
 */
export function useLiveText(source: () => string, commit: (text: string) => unknown) {
  const draft = ref(source())
  const focused = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastSent = source()

  watch(source, (value) => {
    if (!focused.value) draft.value = value
    lastSent = value
  })

  function send(): void {
    if (timer !== null) {
      clearTimeout(timer)
      timer = null
    }
    if (draft.value === lastSent) return
    lastSent = draft.value
    void commit(draft.value)
  }

  function onInput(value: string): void {
    draft.value = value
    timer ??= setTimeout(send, THROTTLE_MS)
  }

  function onFocus(): void {
    focused.value = true
  }

  function onBlur(): void {
    focused.value = false
    send()
  }

  onBeforeUnmount(send)

  return { draft, focused, onInput, onFocus, onBlur, flush: send }
}
