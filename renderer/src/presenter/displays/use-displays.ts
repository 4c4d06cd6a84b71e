import { presenterApi } from '@common/api'
import { useSessionStore } from '@common/session/session-store'
import type { DisplayList } from '@contract'
import { IDENTIFY_DURATION_MS } from '@core/display/identify'
import { computed, onMounted, onUnmounted, ref } from 'vue'

/**
 * The connected displays as main reports them (pushed again on every hot-plug), and the
 * facilitator's choices. Main owns the displays: this only shows its list and asks.
 */
export function useDisplays() {
  const store = useSessionStore()
  const list = ref<DisplayList | null>(null)
  const identifying = ref(false)
  let unsubscribe: (() => void) | null = null
  let identifyTimer: ReturnType<typeof setTimeout> | null = null

  async function ask(call: () => Promise<DisplayList>): Promise<void> {
    try {
      list.value = await call()
    } catch {
      store.reportFailure('unexpected')
    }
  }

  onMounted(() => {
    const api = presenterApi()
    unsubscribe = api.onDisplays((next) => (list.value = next))
    void ask(() => api.getDisplays())
  })
  onUnmounted(() => {
    unsubscribe?.()
    if (identifyTimer !== null) clearTimeout(identifyTimer)
  })

  const projectorDisplay = computed(() => list.value?.displays.find((d) => d.projector) ?? null)
  const single = computed(() => list.value?.displays.length === 1)

  function identify(): void {
    if (identifying.value) return
    identifying.value = true
    identifyTimer = setTimeout(() => (identifying.value = false), IDENTIFY_DURATION_MS)
    presenterApi()
      .identifyDisplays()
      .catch(() => store.reportFailure('unexpected'))
  }

  return {
    list,
    projectorDisplay,
    single,
    identifying,
    identify,
    choose: (displayId: number) => ask(() => presenterApi().chooseProjectorDisplay(displayId)),
    fullscreenHere: (on: boolean) => ask(() => presenterApi().setProjectorFullscreenHere(on)),
  }
}
