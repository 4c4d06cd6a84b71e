import {
  inject,
  onBeforeUnmount,
  onMounted,
  provide,
  ref,
  type InjectionKey,
  type Ref,
  watch,
} from 'vue'

/**
 * What a projector view needs to know about the stage it is drawn on: the stage's width / height
 * (a 4:3 beamer fits fewer words on a line than a 16:9 one) and the facilitator's text size.
 * The stage is the projector window itself, or the thumbnail of it in the presenter.
 */
interface StageContext {
  readonly aspect: Readonly<Ref<number>>
  readonly fontScale: Readonly<Ref<number>>
}

const STAGE: InjectionKey<StageContext> = Symbol('projector-stage')

/** Width / height of the window, kept up to date when the window is resized. */
function useWindowAspect(): Ref<number> {
  const aspect = ref(16 / 9)
  function measure(): void {
    if (window.innerHeight > 0 && window.innerWidth > 0)
      aspect.value = window.innerWidth / window.innerHeight
  }
  onMounted(() => {
    measure()
    window.addEventListener('resize', measure)
  })
  onBeforeUnmount(() => window.removeEventListener('resize', measure))
  return aspect
}

/** For ProjectorStage: measures its root element and hands the result to the views. */
export function provideStage(
  root: Readonly<Ref<HTMLElement | null>>,
  fontScale: Readonly<Ref<number>>,
): void {
  const windowAspect = useWindowAspect()
  const aspect = ref(windowAspect.value)
  let observer: ResizeObserver | null = null
  function measure(): void {
    const rect = root.value?.getBoundingClientRect()
    // Without a layout (a test DOM) the window stands in for the stage.
    aspect.value =
      rect && rect.width > 0 && rect.height > 0 ? rect.width / rect.height : windowAspect.value
  }
  onMounted(() => {
    measure()
    if (typeof ResizeObserver !== 'undefined' && root.value) {
      observer = new ResizeObserver(measure)
      observer.observe(root.value)
    }
  })
  onBeforeUnmount(() => observer?.disconnect())
  watch(windowAspect, measure)
  provide(STAGE, { aspect, fontScale })
}

/** For a view: the stage it is on, or the window at text size 1 when it is mounted alone. */
export function useStage(): StageContext {
  const provided = inject(STAGE, null)
  if (provided) return provided
  return { aspect: useWindowAspect(), fontScale: ref(1) }
}
