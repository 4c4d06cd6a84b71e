import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './browser'
import { RENDERER_DIR } from './harness'
import { serveRenderer, type StaticServer } from './static-server'

/** The built pages as the browser gets them, without the harness's API behind them. */
export interface RendererPages {
  readonly browser: Browser
  readonly origin: string
}

/**
 * A browser and the built renderer's static server for one describe block: started before its
 * tests, closed after them. The returned function reads them inside a test.
 */
export function useRendererPages(): () => RendererPages {
  let started: { browser: Browser; server: StaticServer } | undefined
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchChromium(), serveRenderer(RENDERER_DIR)])
    started = { browser, server }
  })
  afterAll(async () => {
    await started?.browser.close()
    await started?.server.close()
  })
  return () => {
    if (!started) throw new Error('the renderer pages are read outside a test')
    return { browser: started.browser, origin: started.server.origin }
  }
}
