// The native menu as data (type-only Electron import, so it is testable without Electron).
// Commands the renderer owns (open, save, export, undo/redo) are sent to it as `menu` events;
// Open Recent, the theme and About are handled in the main process; the rest are Electron's roles.

import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, RecentItem, Settings } from '../../shared/host-api'

export interface MenuContext {
  readonly platform: NodeJS.Platform
  readonly appName: string
  readonly recent: readonly RecentItem[]
  readonly theme: Settings['theme']
  readonly showDevTools: boolean
  readonly send: (command: MenuCommand) => void
  readonly openRecent: (paths: readonly string[]) => void
  readonly setTheme: (theme: Settings['theme']) => void
  /** The native About box (main shows it: the version is known there). */
  readonly showAbout: () => void
}

const PAGE_HANDLED_ACCELERATORS: ReadonlySet<string> = new Set([
  'CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S', 'CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z', 'Ctrl+Y',
])

function recentLabel(item: RecentItem): string {
  const first = item.paths[0] ?? ''
  return item.paths.length > 1 ? `${first} (+${item.paths.length - 1})` : first
}

export function menuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { send } = context
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    // Keys the page handles itself (see renderer/src/app/shortcuts.ts) are shown but not
    // registered: the page gets them once, and Ctrl+Z in a text field stays the field's own undo.
    ...(accelerator && PAGE_HANDLED_ACCELERATORS.has(accelerator) ? { registerAccelerator: false } : {}),
    click: () => send(name),
  })
  const themeItem = (label: string, theme: Settings['theme']): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: context.theme === theme,
    click: () => context.setTheme(theme),
  })
  const recentItems: MenuItemConstructorOptions[] =
    context.recent.length === 0
      ? [{ label: 'No Recent Items', enabled: false }]
      : context.recent.map((item) => ({ label: recentLabel(item), click: () => context.openRecent(item.paths) }))

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Open Folder…', 'open-folder', 'CmdOrCtrl+O'),
      command('Open Files…', 'open-files', 'CmdOrCtrl+Shift+O'),
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      command('Save Merged', 'save-merged', 'CmdOrCtrl+S'),
      command('Save Merged As…', 'save-merged-as', 'CmdOrCtrl+Shift+S'),
      command('Export Recipe…', 'export-recipe', 'CmdOrCtrl+E'),
      command('Apply Recipe…', 'apply-recipe'),
      { type: 'separator' },
      command('Close', 'close', 'CmdOrCtrl+W'),
      ...(context.platform === 'darwin' ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', context.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Theme', submenu: [themeItem('System', 'system'), themeItem('Light', 'light'), themeItem('Dark', 'dark')] },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(context.showDevTools ? [{ role: 'toggleDevTools' as const }] : []),
    ],
  }
  const about: MenuItemConstructorOptions = { label: `About ${context.appName}`, click: () => context.showAbout() }
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [about] }
  const appMenu: MenuItemConstructorOptions[] =
    context.platform === 'darwin'
      ? [{ label: context.appName, submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] }]
      : []
  return [...appMenu, file, edit, view, ...(context.platform === 'darwin' ? [{ role: 'windowMenu' as const }] : []), help]
}
