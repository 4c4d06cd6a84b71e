import { createPinia } from 'pinia'
import { createApp, watch, type Component } from 'vue'
import type { PresenterApi, ProjectorApi } from '@contract'
import { createAppI18n } from './i18n'
import { useSessionStore } from './session/session-store'
import './styles/base.css'

/** Mounts a window's root component once the first snapshot is in, so nothing flashes. */
export async function mountWindow(
  root: Component,
  getApi: () => ProjectorApi | PresenterApi,
): Promise<void> {
  const i18n = createAppI18n()
  const target = document.getElementById('app')
  if (!target) return
  let api: ProjectorApi | PresenterApi
  try {
    api = getApi()
  } catch {
    target.textContent = i18n.global.t('app.missingApi')
    return
  }
  const app = createApp(root).use(createPinia()).use(i18n)
  const store = useSessionStore()
  try {
    await store.connect(api)
  } catch {
    // Main refused or did not answer: a sentence, not an empty window.
    target.textContent = i18n.global.t('app.unreachable')
    return
  }
  // Both windows speak the session's language, chosen in the presenter.
  watch(
    () => store.session?.locale ?? 'nl',
    (locale) => {
      i18n.global.locale.value = locale
      document.documentElement.lang = locale
    },
    { immediate: true },
  )
  app.mount(target)
  // The moment the window shows the session, for the cold-load figures of `npm run bench`.
  performance.mark('dd:mounted')
}
