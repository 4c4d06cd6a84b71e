import { ref, shallowRef, type Ref } from 'vue'

/**
 * Something main makes on request (a preview), where only the newest request counts: a late
 * answer to an earlier request never replaces a newer one, and `forget` drops any answer still
 * on its way.
 */
export function useLatestAnswer<T>(ask: () => Promise<T>) {
  const value: Ref<T | null> = shallowRef(null)
  const loading = ref(false)
  const failed = ref(false)
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    loading.value = true
    try {
      const answer = await ask()
      if (request !== latest) return
      value.value = answer
      failed.value = false
    } catch {
      if (request === latest) failed.value = true
    } finally {
      if (request === latest) loading.value = false
    }
  }

  function forget(): void {
    latest += 1
    value.value = null
    loading.value = false
    failed.value = false
  }

  return { value, loading, failed, load, forget }
}
