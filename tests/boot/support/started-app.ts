import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { Page } from 'playwright-core'
import type { DialogView } from '../../electron-standin/dialog-queue'
import type { AppUnderTest, LaunchOptions } from './app-under-test'
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

export interface AppsPerTest {
  /** This test's home folder. */
  home(): string
  /** The app's own folder in it (autosave, logs, settings). */
  appData(...parts: string[]): string
  /** Starts the app in this test's home; every app started is ended after the test. */
  start(options?: Omit<LaunchOptions, 'home'>): Promise<AppUnderTest>
}

/** Each test in a fresh home, starting the app as often as it needs to (quit, resume, fail). */
export function appsPerTest(): AppsPerTest {
  let home: Awaited<ReturnType<typeof makeHome>> | undefined
  const started: AppUnderTest[] = []
  beforeEach(async () => {
    home = await makeHome()
  })
  afterEach(async () => {
    for (const app of started.splice(0)) await app.kill()
    await home?.remove()
  })
  const homePath = () => {
    if (!home) throw new Error('no test is running')
    return home.path
  }
  return {
    home: homePath,
    appData: (...parts) => join(homePath(), '.config', "Dansende Dilemma's", ...parts),
    async start(options = {}) {
      const app = await launchApp({ ...options, home: homePath() })
      started.push(app)
      return app
    },
  }
}

/** Answers the start's resume question with "Hervatten"; the question and the presenter after it. */
export async function resume(
  app: AppUnderTest,
): Promise<{ question: DialogView; presenter: Page }> {
  const question = await app.waitForDialog()
  await app.answerDialog(question.id, { response: 0 })
  return { question, presenter: await app.window('presenter') }
}
