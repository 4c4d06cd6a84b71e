import { contextBridge, ipcRenderer } from 'electron'
import { API_GLOBAL, type Transport } from '../ipc/api'
import type { IpcRoutes } from '../ipc/routes'

// Written in by the build from the tables (electron.vite.config.ts): the preload carries the
// channels, not the payload schemas.
declare const IPC_ROUTES: IpcRoutes
export const ipcRoutes: IpcRoutes = IPC_ROUTES

/** ipcRenderer stays inside the preload; the page only ever sees named functions. */
export const ipcTransport: Transport = {
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  on: (channel, listener) => {
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(channel, handler)
    return () => {
      ipcRenderer.removeListener(channel, handler)
    }
  },
}

export function expose(api: object): void {
  contextBridge.exposeInMainWorld(API_GLOBAL, api)
}
