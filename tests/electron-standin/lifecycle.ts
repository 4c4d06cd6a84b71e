import type { StandinChromium } from './chromium'

/** What several modules need to know about the app's life: ready yet, and the browser. */
export const lifecycle = {
  ready: false,
  chromium: null as StandinChromium | null,
  /** Set by app.enableSandbox(). */
  sandboxAll: false,
}

/** Electron throws when a method meant for after 'ready' is called before it. */
export function requireReady(what: string): StandinChromium {
  if (!lifecycle.ready || lifecycle.chromium === null) {
    throw new Error(`${what} cannot be called before the app is ready`)
  }
  return lifecycle.chromium
}
