/**
 * The only bridge between the desk and the main process: `window.api`, typed
 * from the shared contract. It forwards known channels and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { isChannel, isDeskEvent } from '../shared/channels'
import type { DeskApi } from '../shared/contract'

const api: DeskApi = {
  invoke(channel, request) {
    if (!isChannel(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`))
    return ipcRenderer.invoke(channel, request)
  },
  on(event, listener) {
    if (!isDeskEvent(event)) throw new Error(`Unknown event ${String(event)}`)
    const wrapped = (): void => listener()
    ipcRenderer.on(event, wrapped)
    return () => ipcRenderer.removeListener(event, wrapped)
  }
}

contextBridge.exposeInMainWorld('api', api)
