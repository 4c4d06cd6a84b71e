import { createPinia } from 'pinia'
import { createApp, watch, type Component, type Plugin } from 'vue'
import type { PresenterApi, ProjectorApi } from '@contract'
import type { Session } from '@core/session/schema'
import { projectorScreen } from '@core/session/projector-screen'
import { loadAllScreenViews, loadScreenView } from '../stage/screen-views'
import type { Locale } from './i18n/window-i18n'
import { useSessionStore } from './session/session-store'
import './styles/base.css'

/** What mounting needs of a window's texts (see window-i18n.ts). */
export interface WindowTexts {
  readonly i18n: Plugin & {
    readonly global: { t(key: 'app.missingApi' | 'app.unreachable'): string }
  }
  useLocale(locale: Locale): Promise<void>
}

/** What a window loads besides the beamer's views: before its first paint, and after it. */
export interface WindowChunks {
  readonly beforeFirstPaint?: (session: Session) => Promise<unknown>
  readonly afterFirstPaint?: () => Promise<unknown>
}

/**
 * Mounts a window's root component once the first snapshot is in; the first screen's chunks
 * load beside it, and what later screens need loads after the first paint.
 */
export async function mountWindow(
  root: Component,
  getApi: () => ProjectorApi | PresenterApi,
  createTexts: () => WindowTexts,
  chunks: WindowChunks = {},
): Promise<void> {
  const texts = createTexts()
  const t = texts.i18n.global.t
  const target = document.getElementById('app')
  if (!target) return
  let api: ProjectorApi | PresenterApi
  try {
    api = getApi()
  } catch {
    target.textContent = t('app.missingApi')
    return
  }
  const app = createApp(root).use(createPinia()).use(texts.i18n)
  const store = useSessionStore()
  try {
    await store.connect(api)
    // When the first snapshot was in: the cold-load figures of `npm run bench` split on it.
    performance.mark('dd:snapshot')
  } catch {
    // Main refused or did not answer: a sentence, not an empty window.
    target.textContent = t('app.unreachable')
    return
  }
  // The first screen's chunks start loading now, but the window mounts at once: main sends its
  // notices (a file opened, a page that failed) as soon as the window is up, and they must find
  // it listening. Until a chunk is in, the boot shell's place stays plain for a few milliseconds.
  const session = store.session
  if (session) {
    const first = [
      loadScreenView(projectorScreen(session).kind),
      chunks.beforeFirstPaint?.(session),
    ]
    Promise.all(first).catch(() => undefined)
  }
  // Both windows speak the session's language, chosen in the presenter.
  watch(
    () => store.session?.locale ?? 'nl',
    (locale) => {
      texts.useLocale(locale).then(
        () => (document.documentElement.lang = locale),
        // The texts could not load: the window stays in the language it has.
        () => undefined,
      )
    },
    { immediate: true },
  )
  app.mount(target)
  // The moment the window shows the session, for the cold-load figures of `npm run bench`.
  performance.mark('dd:mounted')
  afterFirstPaint(() => {
    const later = [loadAllScreenViews(), chunks.afterFirstPaint?.()]
    // When every chunk is in: `npm run bench` starts its timer watch after it, as a facilitator
    // starts a timer long after the windows came up.
    Promise.all(later).then(
      () => performance.mark('dd:prefetched'),
      () => undefined,
    )
  })
}

/**
 * Runs `then` once the window has painted and is idle: the chunks it loads insert stylesheets,
 * and a stylesheet still loading holds back the next paint, so they must not race the first.
 */
function afterFirstPaint(then: () => void): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(then, { timeout: 1_000 })
      else setTimeout(then, 100)
    }),
  )
}
