import { API_GLOBAL, type PresenterApi, type ProjectorApi } from '@contract'
import { createPresenterTexts } from '@common/i18n/presenter-i18n'
import { createBeamerTexts } from '@common/i18n/beamer-i18n'
import { mountWindow } from '@common/mount-window'
import {
  PRESENTER_CHUNKS,
  SECTION_PANELS,
} from '../../../renderer/src/presenter/shell/section-panels'
import { loadAllScreenViews } from '../../../renderer/src/stage/screen-views'
import { flushPromises } from '@vue/test-utils'
import type { App, Component } from 'vue'

/** What Vue leaves on the element it mounted an app in. */
type AppContainer = HTMLElement & { __vue_app__?: App }

export interface RealWindow {
  /** The element the app is mounted in. */
  readonly root: HTMLElement
}

const apps: App[] = []

/**
 * Starts a window exactly as its `main.ts` does, through `mountWindow`: its own Pinia and i18n,
 * and the language following the session. Unlike the harness, nothing is set up by the test.
 */
export async function startRealWindow(
  root: Component,
  api: PresenterApi | ProjectorApi,
): Promise<RealWindow> {
  const container: AppContainer = document.createElement('div')
  container.id = 'app'
  document.body.append(container)
  window[API_GLOBAL] = api
  // The presenter gets every text; the beamer only its own, as in their main.ts.
  if ('dispatch' in api) await mountWindow(root, () => api, createPresenterTexts, PRESENTER_CHUNKS)
  else await mountWindow(root, () => api, createBeamerTexts)
  // What each window loads right after its first paint, in before the test looks.
  await Promise.all([loadAllScreenViews(), SECTION_PANELS.loadAll()])
  await flushPromises()
  const app = container.__vue_app__
  if (!app) throw new Error('mountWindow did not mount an app')
  apps.push(app)
  // Another window may be started later; it looks for its own #app.
  container.removeAttribute('id')
  return { root: container }
}

/** Unmounts every window started here and undoes what `mountWindow` changed in the document. */
export function stopRealWindows(): void {
  for (const app of apps.splice(0)) app.unmount()
  document.documentElement.removeAttribute('lang')
}
