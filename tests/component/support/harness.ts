import { API_GLOBAL, type PresenterApi, type ProjectorApi } from '@contract'
import { createAppI18n, type Locale } from '@common/i18n'
import { useSessionStore } from '@common/session/session-store'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, type Pinia } from 'pinia'
import { isRef } from 'vue'
import { SECTION_PANELS } from '../../../renderer/src/presenter/shell/section-panels'
import { loadAllScreenViews } from '../../../renderer/src/stage/screen-views'
import { FakeBackend } from './fake-backend'

// Makes sure the `window.dilemmaApi` declaration is part of every test that uses the harness.
import '@common/api'

export type Role = 'presenter' | 'projector'
export type AppI18n = ReturnType<typeof createAppI18n>
export type SessionStore = ReturnType<typeof useSessionStore>

export interface HarnessOptions {
  /** Which window the page plays: the projector gets the read-only API. Default: presenter. */
  readonly role?: Role
  /** Share one backend between windows (presenter + projector on the same host). */
  readonly backend?: FakeBackend
  readonly locale?: Locale
}

export interface Harness {
  readonly backend: FakeBackend
  readonly api: PresenterApi | ProjectorApi
  readonly pinia: Pinia
  readonly i18n: AppI18n
  readonly store: SessionStore
  /** Plugins for a hand-written `mount(…, { global })`. */
  readonly global: { plugins: [Pinia, AppI18n] }
  /** Mounts in the document with this window's Pinia and i18n; unmounted by `cleanup()`. */
  mount<T>(component: T, options?: Parameters<typeof mount<T>>[1]): ReturnType<typeof mount<T>>
}

const unmounts: (() => void)[] = []
const disconnects: (() => void)[] = []

/**
 * Builds one window the way `mountWindow` does: the API on `window`, a fresh Pinia and i18n,
 * and a session store connected (first snapshot in) before anything is mounted.
 */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const backend = options.backend ?? new FakeBackend()
  const api = options.role === 'projector' ? backend.projectorApi() : backend.presenterApi()
  window[API_GLOBAL] = api
  const pinia = createPinia()
  const i18n = createAppI18n(options.locale)
  const store = useSessionStore(pinia)
  disconnects.push(await store.connect(api))
  // As the windows have them soon after their first paint: every view and panel, loaded.
  await Promise.all([loadAllScreenViews(), SECTION_PANELS.loadAll()])
  const global: Harness['global'] = { plugins: [pinia, i18n] }

  return {
    backend,
    api,
    pinia,
    i18n,
    store,
    global,
    mount(component, mountOptions) {
      const wrapper = mount(component, {
        attachTo: document.body,
        ...mountOptions,
        global: {
          ...mountOptions?.global,
          plugins: [...(mountOptions?.global?.plugins ?? []), ...global.plugins],
        },
      })
      unmounts.push(() => wrapper.unmount())
      return wrapper
    },
  }
}

/** One call for the common case: a connected window with `component` mounted and settled. */
export async function mountConnected<T>(
  component: T,
  options: HarnessOptions & { mount?: Parameters<typeof mount<T>>[1] } = {},
): Promise<Harness & { wrapper: ReturnType<typeof mount<T>> }> {
  const harness = await createHarness(options)
  const wrapper = harness.mount(component, options.mount)
  await flushPromises()
  return { ...harness, wrapper }
}

/** Unmounts everything, disconnects the stores and removes the API from `window`. */
export function cleanup(): void {
  for (const unmount of unmounts.splice(0)) unmount()
  for (const disconnect of disconnects.splice(0)) disconnect()
  Reflect.deleteProperty(window, API_GLOBAL)
  document.body.innerHTML = ''
}

/** Lets every pending promise, microtask and re-render settle. */
export async function settle(): Promise<void> {
  await flushPromises()
  await flushPromises()
}

/**
 * Switches the language of a running window. `createAppI18n` is typed for both i18n modes, so
 * `global.locale` is not known to be a ref here, though in composition mode (legacy: false) it is.
 */
export function setLocale(i18n: AppI18n, locale: Locale): void {
  const current: unknown = i18n.global.locale
  if (!isRef(current)) throw new Error('expected composition-mode i18n with a locale ref')
  current.value = locale
}
