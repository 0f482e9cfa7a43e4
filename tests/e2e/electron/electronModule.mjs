/**
 * What `import … from 'electron'` gives the main process booted by boot.ts:
 * the members of its boot's ElectronStandIn (standIn.ts). A name main imports
 * that is not here fails at link time, naming it.
 */
const boot = new URL(import.meta.url).searchParams.get('boot')
const electron = globalThis[Symbol.for('factdesk.electronStandIns')]?.get(boot)
if (!electron) throw new Error(`No Electron stand-in for boot ${boot}`)

export const { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } = electron.module
