import { markRaw, shallowReactive, type Component } from 'vue'

/** Components that are chunks of their own, each loaded once and then drawn at once. */
export interface LazyComponents<Key extends string> {
  /** Loads one; a failed load is tried again at the next call. */
  load(key: Key): Promise<Component>
  /** All of them, for after the first paint: a switch then never waits for a file. */
  loadAll(): Promise<Component[]>
  /** The component once loaded (reactive: a render that asked early draws it when it is in). */
  get(key: Key): Component | null
}

export function lazyComponents<Key extends string>(
  loaders: Readonly<Record<Key, () => Promise<Component>>>,
): LazyComponents<Key> {
  const loaded = shallowReactive(new Map<Key, Component>())
  const loading = new Map<Key, Promise<Component>>()
  const keys = Object.keys(loaders) as Key[]

  function load(key: Key): Promise<Component> {
    const pending =
      loading.get(key) ??
      loaders[key]().then(
        (component) => {
          const raw = markRaw(component)
          loaded.set(key, raw)
          return raw
        },
        (error: unknown) => {
          loading.delete(key)
          throw error
        },
      )
    loading.set(key, pending)
    return pending
  }

  return {
    load,
    loadAll: () => Promise.all(keys.map(load)),
    get: (key) => loaded.get(key) ?? null,
  }
}
