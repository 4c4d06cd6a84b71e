import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/** Width / height of the projector window, kept up to date when the window is resized. */
export function useWindowAspect(fallback = 16 / 9): Ref<number> {
  const aspect = ref(fallback)
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
