import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../../shared/host-api'
import { menuTemplate, type MenuContext } from './menu-template'

function context(overrides: Partial<MenuContext> = {}) {
  const sent: MenuCommand[] = []
  const opened: (readonly string[])[] = []
  const themes: string[] = []
  const abouts: number[] = []
  const ctx: MenuContext = {
    platform: 'linux', appName: 'Agent Merge', recent: [], theme: 'system', showDevTools: false,
    send: (c) => sent.push(c), openRecent: (p) => opened.push(p), setTheme: (t) => themes.push(t), showAbout: () => abouts.push(1), ...overrides,
  }
  return { ctx, sent, opened, themes, abouts }
}

function find(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const item of items) {
    if (item.label === label) return item
    if (Array.isArray(item.submenu)) {
      try {
        return find(item.submenu, label)
      } catch {
        // keep looking
      }
    }
  }
  throw new Error(`no menu item ${label}`)
}

const click = (item: MenuItemConstructorOptions): void => (item.click as () => void)()

describe('menuTemplate', () => {
  it('sends renderer commands for File and Edit items', () => {
    const { ctx, sent } = context()
    const menu = menuTemplate(ctx)
    for (const label of ['Open Folder…', 'Open Files…', 'Save Merged', 'Save Merged As…', 'Export Recipe…', 'Apply Recipe…', 'Close', 'Undo', 'Redo']) click(find(menu, label))
    expect(sent).toEqual(['open-folder', 'open-files', 'save-merged', 'save-merged-as', 'export-recipe', 'apply-recipe', 'close', 'undo', 'redo'])
    expect(find(menu, 'Save Merged').accelerator).toBe('CmdOrCtrl+S')
    // The page handles these keys itself: shown in the menu, not registered (no double handling).
    expect(find(menu, 'Save Merged').registerAccelerator).toBe(false)
    expect(find(menu, 'Undo').registerAccelerator).toBe(false)
    expect(find(menu, 'Export Recipe…').registerAccelerator).toBeUndefined()
  })

  it('lists recent items and opens them in the main process', () => {
    const { ctx, opened } = context({ recent: [{ paths: ['/a', '/b'], openedAt: 1 }] })
    const item = find(menuTemplate(ctx), '/a (+1)')
    click(item)
    expect(opened).toEqual([['/a', '/b']])
    expect(find(menuTemplate(context().ctx), 'No Recent Items').enabled).toBe(false)
  })

  it('checks the current theme and changes it', () => {
    const { ctx, themes } = context({ theme: 'dark' })
    const menu = menuTemplate(ctx)
    expect(find(menu, 'Dark').checked).toBe(true)
    expect(find(menu, 'Light').checked).toBe(false)
    click(find(menu, 'Light'))
    expect(themes).toEqual(['light'])
  })

  it('has an app menu on macOS only', () => {
    expect(menuTemplate(context({ platform: 'darwin' }).ctx)[0]?.label).toBe('Agent Merge')
    expect(menuTemplate(context().ctx)[0]?.label).toBe('File')
  })

  it('shows the About box from main, under Help and in the macOS app menu', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const { ctx, abouts, sent } = context({ platform })
      const menu = menuTemplate(ctx)
      click(find(platform === 'darwin' ? [menu[0]!] : menu, 'About Agent Merge'))
      expect(abouts).toEqual([1])
      expect(sent).toEqual([])
    }
  })
})
