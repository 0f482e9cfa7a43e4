import { app, Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  importReports: () => void
  exportBrief: (format: 'md' | 'html') => void
}

export function installMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Reports…', accelerator: 'CmdOrCtrl+O', click: actions.importReports },
        { type: 'separator' },
        { label: 'Export Brief as Markdown…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportBrief('md') },
        { label: 'Export Brief as HTML…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportBrief('html') },
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
