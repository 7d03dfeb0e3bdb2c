// Menu and MenuItem as the app builds them from a template; a test clicks an item by its labels
// (File > Open Folder…), which runs its click as Electron does (menuItem, focused window, event).
import type { DoubleRuntime } from './runtime'

type Template = Parameters<typeof Electron.Menu.buildFromTemplate>[0]
type Options = Electron.MenuItemConstructorOptions

export class MenuItemDouble implements Pick<Electron.MenuItem, 'label' | 'type' | 'enabled' | 'checked' | 'registerAccelerator'> {
  label: string
  role?: Options['role']
  type: Electron.MenuItem['type']
  accelerator?: Electron.Accelerator
  enabled: boolean
  checked: boolean
  registerAccelerator: boolean
  readonly submenu?: MenuDouble
  private readonly onClick?: Options['click']

  constructor(options: Options) {
    this.label = options.label ?? ''
    this.role = options.role
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal')
    this.accelerator = options.accelerator
    this.enabled = options.enabled ?? true
    this.checked = options.checked ?? false
    this.registerAccelerator = options.registerAccelerator ?? true
    this.onClick = options.click
    if (options.submenu) this.submenu = options.submenu instanceof MenuDouble ? options.submenu : MenuDouble.fromTemplate(options.submenu as Template)
  }

  click(focusedWindow: Electron.BaseWindow | undefined): void {
    if (!this.enabled) throw new Error(`menu item ${this.label} is disabled`)
    if (this.type === 'radio') this.checked = true
    if (this.type === 'checkbox') this.checked = !this.checked
    const event = { preventDefault: () => undefined } as unknown as Electron.KeyboardEvent
    this.onClick?.(this as unknown as Electron.MenuItem, focusedWindow, event)
  }
}

export class MenuDouble {
  constructor(readonly items: readonly MenuItemDouble[]) {}

  static fromTemplate(template: Template): MenuDouble {
    return new MenuDouble(template.map((item) => (item instanceof MenuItemDouble ? item : new MenuItemDouble(item as Options))))
  }

  /** The item at this label path, e.g. ['File', 'Open Folder…']. */
  find(path: readonly string[]): MenuItemDouble {
    const [first, ...rest] = path
    const item = this.items.find((i) => i.label === first)
    if (!item) throw new Error(`no menu item "${first}" (have: ${this.items.map((i) => i.label || i.role).join(', ')})`)
    if (rest.length === 0) return item
    if (!item.submenu) throw new Error(`menu item "${first}" has no submenu`)
    return item.submenu.find(rest)
  }
}

export function createMenuModule(runtime: DoubleRuntime) {
  return {
    buildFromTemplate(template: Template): MenuDouble {
      return MenuDouble.fromTemplate(template)
    },
    setApplicationMenu(menu: MenuDouble | null): void {
      runtime.applicationMenu = menu
    },
    getApplicationMenu(): MenuDouble | null {
      return runtime.applicationMenu
    },
  }
}
