import { createPinia } from 'pinia'
import { createApp, watch, type Component, type Plugin } from 'vue'
import type { PresenterApi, ProjectorApi } from '@contract'
import { projectorScreen } from '@core/session/projector-screen'
import { loadAllScreenViews, loadScreenView } from '../stage/screen-views'
import type { Locale } from './i18n/window-i18n'
import { useSessionStore } from './session/session-store'
import './styles/base.css'

/** What mounting needs of a window's vue-i18n, made with only the texts that window shows. */
type WindowI18n = Plugin & {
  readonly global: {
    t(key: 'app.missingApi' | 'app.unreachable'): string
    readonly locale: { value: Locale }
  }
}

/**
 * Mounts a window's root component once the first snapshot is in and the beamer's current
 * screen can be drawn, so nothing flashes; the other screens' views load after the first paint.
 */
export async function mountWindow(
  root: Component,
  getApi: () => ProjectorApi | PresenterApi,
  createI18n: () => WindowI18n,
): Promise<void> {
  const i18n = createI18n()
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
    if (store.session) await loadScreenView(projectorScreen(store.session).kind)
  } catch {
    // Main refused or did not answer, or the view is missing: a sentence, not an empty window.
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
  requestAnimationFrame(() => setTimeout(() => void loadAllScreenViews().catch(() => undefined)))
}
