import type { InvokeReply, PageMessage, PageRuntimeConfig } from './page-messages'

type PreloadModule = (
  exports: object,
  require: (name: string) => unknown,
  module: { exports: object },
  __filename: string,
  __dirname: string,
  process: object,
) => void

/**
 * Runs in every frame before the page's own scripts (an init script). It must not refer to
 * anything outside itself: it is turned into text with `toString()` and injected.
 *
 * - In every frame, `window.open` asks main's window-open handler (docs/api/window-open.md).
 * - In the top frame only (as a preload without nodeIntegrationInSubFrames), the preload runs
 *   with the sandboxed `require` that offers only `electron` (docs/tutorial/sandbox.md), and gets
 *   `contextBridge` (docs/api/context-bridge.md) and `ipcRenderer` (docs/api/ipc-renderer.md).
 * - The raw binding stays reachable in subframes: that is how a test plays a compromised frame
 *   sending IPC of its own, which main must refuse.
 */
export function pageRuntime(config: PageRuntimeConfig, preload: PreloadModule | null): void {
  const scope = window as unknown as Record<string, unknown>
  const raw = scope[config.binding] as (message: PageMessage) => Promise<unknown>
  const send = (message: PageMessage) => raw(message)

  window.open = (url?: string | URL, target?: string, features?: string) => {
    const href = url === undefined || url === '' ? 'about:blank' : new URL(url, location.href).href
    void send({ kind: 'open', url: href, frameName: target ?? '', features: features ?? '' })
    // Our handler denies; a window it allowed opens as a new BrowserWindow without an opener.
    return null
  }
  if (window.top !== window) return
  Reflect.deleteProperty(scope, config.binding)

  // --- contextBridge: values are copied, functions proxied, the API object frozen -----------
  const copy = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown
      return (...args: unknown[]) => copy(fn(...args.map(copy)))
    }
    if (value === null || typeof value !== 'object') return value
    if (value instanceof Promise)
      return value.then(copy, (error: unknown) => Promise.reject(copy(error)))
    if (value instanceof Error) return new Error(value.message)
    if (Array.isArray(value)) return value.map(copy)
    const proto = Object.getPrototypeOf(value)
    if (proto === Object.prototype || proto === null) {
      const out: Record<string, unknown> = {}
      for (const [key, item] of Object.entries(value)) out[key] = copy(item)
      return out
    }
    return structuredClone(value)
  }
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in window) {
        throw new Error('Cannot bind an API on top of an existing property on the window object')
      }
      const exposed = copy(api)
      Object.defineProperty(window, key, {
        value: typeof exposed === 'object' && exposed !== null ? Object.freeze(exposed) : exposed,
        enumerable: true,
      })
    },
  }

  // --- ipcRenderer -----------------------------------------------------------------------------
  type Listener = (event: object, ...args: unknown[]) => void
  const listeners = new Map<string, Listener[]>()
  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      // Electron sends arguments with the structured clone algorithm: functions throw here.
      const reply = (await send({
        kind: 'invoke',
        channel,
        args: structuredClone(args),
      })) as InvokeReply
      if (reply.ok) return reply.value
      throw new Error(`Error invoking remote method '${channel}': ${reply.error}`)
    },
    send(channel: string, ...args: unknown[]): void {
      void send({ kind: 'send', channel, args: structuredClone(args) })
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
      return ipcRenderer
    },
    once(channel: string, listener: Listener) {
      const wrapped: Listener = (event, ...args) => {
        ipcRenderer.removeListener(channel, wrapped)
        listener(event, ...args)
      }
      return ipcRenderer.on(channel, wrapped)
    },
    removeListener(channel: string, listener: Listener) {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((item) => item !== listener),
      )
      return ipcRenderer
    },
    off(channel: string, listener: Listener) {
      return ipcRenderer.removeListener(channel, listener)
    },
    removeAllListeners(channel?: string) {
      if (channel === undefined) listeners.clear()
      else listeners.delete(channel)
      return ipcRenderer
    },
  }
  Object.defineProperty(window, config.deliver, {
    value: (channel: string, args: unknown[]) => {
      for (const listener of listeners.get(channel) ?? []) {
        listener({ sender: ipcRenderer, ports: [] }, ...args)
      }
    },
  })

  // A key the page left alone goes on to the application menu's accelerators, as in Electron.
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return
      setTimeout(() => {
        if (event.defaultPrevented) return
        void send({
          kind: 'unhandled-key',
          key: event.key,
          code: event.code,
          control: event.ctrlKey,
          shift: event.shiftKey,
          alt: event.altKey,
          meta: event.metaKey,
        })
      }, 0)
    },
    true,
  )

  if (preload !== null && config.preloadFile !== null) {
    const require = (name: string): unknown => {
      if (name === 'electron') return { contextBridge, ipcRenderer }
      throw new Error(`module not found: ${name}`)
    }
    const module = { exports: {} }
    const file = config.preloadFile
    const process = { ...config.process, type: 'renderer', sandboxed: true, contextIsolated: true }
    try {
      preload(module.exports, require, module, file, file.replace(/[\\/][^\\/]*$/, ''), process)
    } catch (error) {
      // Electron logs a failing preload to the console and the page loads without it.
      console.error(`Unable to load preload script: ${file}`, error)
    }
  }
  void send({ kind: 'ready' })
}

/** The init script for one window: the runtime, with the preload's source as its module body. */
export function pageRuntimeScript(config: PageRuntimeConfig, preloadSource: string | null): string {
  const preload =
    preloadSource === null
      ? 'null'
      : `function (exports, require, module, __filename, __dirname, process) {\n${preloadSource}\n}`
  return `(${pageRuntime.toString()})(${JSON.stringify(config)}, ${preload});`
}
