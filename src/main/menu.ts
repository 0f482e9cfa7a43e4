import { app, Menu, type MenuItemConstructorOptions } from 'electron'
import { BRIEF_FORMAT_TABLE, type BriefFormat } from '../core/brief/formats'
import type { RecentStory } from '../core/store/stories'

/** What the menu's items do; each reports its own failures (a menu click has no one to return them to). */
export interface MenuActions {
  importReports: () => Promise<void>
  exportBrief: (format: BriefFormat) => Promise<void>
  newStory: () => Promise<void>
  connectTeam: () => Promise<void>
  /** A recent story by path, or one chosen in a dialog. */
  openStory: (path?: string) => Promise<void>
}

export function installMenu(actions: MenuActions, recent: readonly RecentStory[] = []): void {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Story…', accelerator: 'CmdOrCtrl+N', click: () => void actions.newStory() },
        { label: 'Open Story…', accelerator: 'CmdOrCtrl+Shift+O', click: () => void actions.openStory() },
        {
          label: 'Open Recent',
          submenu:
            recent.length === 0
              ? [{ label: 'No recent stories', enabled: false }]
              : recent.map((story) => ({ label: story.name, click: () => void actions.openStory(story.path) }))
        },
        { label: 'Connect to Team Desk…', click: () => void actions.connectTeam() },
        { type: 'separator' },
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
