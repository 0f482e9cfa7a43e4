import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../shared/channels'
import type { Handlers } from '../../shared/contract'
import { dispatch } from './dispatch'

/** Registers every contract channel with ipcMain; calls from any page but ours are refused. */
export function registerIpcHandlers(handlers: Handlers, isAppUrl: (url: string) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const url = event.senderFrame?.url ?? ''
      if (!isAppUrl(url)) {
        return { ok: false, error: { code: 'forbidden', message: `IPC from an untrusted page was refused: ${url}` } }
      }
      return dispatch(handlers, channel, payload)
    })
  }
}
