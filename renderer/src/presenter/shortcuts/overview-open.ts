import { inject, provide, ref, type InjectionKey, type Ref } from 'vue'

/** Whether the shortcut overview is open: UI state of the presenter window only. */
const OVERVIEW_OPEN: InjectionKey<Ref<boolean>> = Symbol('shortcut-overview-open')

/** Called once by the presenter keys, so F1 and the overview's own button share one state. */
export function provideOverviewOpen(): Ref<boolean> {
  const open = ref(false)
  provide(OVERVIEW_OPEN, open)
  return open
}

/** The shared state when the presenter keys provide it, else one of the component's own. */
export function injectOverviewOpen(): Ref<boolean> {
  return inject(OVERVIEW_OPEN, () => ref(false), true)
}
