import { EventEmitter } from 'node:events'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/**
 * docs/api/ipc-main.md. `handle` takes one handler per channel (a second one throws);
 * `on` listeners are the EventEmitter's.
 */
class StandinIpcMain
  extends EventEmitter
  implements Pick<IpcMain, 'handle' | 'handleOnce' | 'removeHandler'>
{
  readonly #handlers = new Map<string, InvokeListener>()

  handle(channel: string, listener: InvokeListener): void {
    if (this.#handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    this.#handlers.set(channel, listener)
  }

  handleOnce(channel: string, listener: InvokeListener): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel)
      return listener(event, ...args)
    })
  }

  removeHandler(channel: string): void {
    this.#handlers.delete(channel)
  }

  /**
   * A renderer's `ipcRenderer.invoke`: the handler's value, or its error as text (the renderer
   * throws "Error invoking remote method '<channel>': <error>"). No handler is an error too.
   */
  async invokeFromRenderer(
    channel: string,
    event: IpcMainInvokeEvent,
    args: unknown[],
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
    const handler = this.#handlers.get(channel)
    if (handler === undefined) return { ok: false, error: `No handler registered for '${channel}'` }
    try {
      // The answer crosses to the renderer by structured clone: what cannot be cloned fails.
      return { ok: true, value: structuredClone(await handler(event, ...args)) }
    } catch (error) {
      return { ok: false, error: String(error) }
    }
  }
}

export const ipcMain = new StandinIpcMain()
