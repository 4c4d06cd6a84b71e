import { afterAll, beforeAll } from 'vitest'
import type { AppUnderTest } from './app-under-test'
import { makeHome } from './boot-home'
import { launchApp } from './launch'

export type StartedApp = AppUnderTest & {
  /** The folder that plays the facilitator's home. */
  readonly home: string
}

/**
 * The built app, started for a describe block in a fresh home with both windows showing the
 * session, and ended after it. What it returns stands for the app once it has started.
 */
export function startedApp(): StartedApp {
  let app: AppUnderTest | undefined
  let home: Awaited<ReturnType<typeof makeHome>> | undefined
  beforeAll(async () => {
    home = await makeHome()
    app = await launchApp({ home: home.path })
    await app.window('presenter')
    await app.window('projector')
  })
  afterAll(async () => {
    await app?.kill()
    await home?.remove()
  })
  return new Proxy({} as StartedApp, {
    get(_target, key) {
      if (!app || !home) throw new Error('the app has not started')
      if (key === 'home') return home.path
      const value: unknown = Reflect.get(app, key)
      return typeof value === 'function' ? value.bind(app) : value
    },
  })
}
