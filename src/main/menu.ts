import { app, Menu, type MenuItemConstructorOptions } from 'electron'
import { BRIEF_FORMAT_TABLE, type BriefFormat } from '../core/brief/formats'

/** What the menu's items do; each reports its own failures (a menu click has no one to return them to). */
export interface MenuActions {
  importReports: () => Promise<void>
  exportBrief: (format: BriefFormat) => Promise<void>
}

export function installMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Reports…', accelerator: 'CmdOrCtrl+O', click: () => void actions.importReports() },
        { type: 'separator' },
        {
          label: 'Export Brief',
          submenu: BRIEF_FORMAT_TABLE.map(({ id, label }, i) => ({
            label: `${label}…`,
            // The table's first format (PDF) is the one a shortcut exports.
            ...(i === 0 ? { accelerator: 'CmdOrCtrl+E' } : {}),
            click: () => void actions.exportBrief(id)
          }))
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }])
      ]
    },
    { role: 'windowMenu' }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
