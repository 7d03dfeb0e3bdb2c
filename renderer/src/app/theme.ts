// Apply the theme choice to <html>: 'system' removes the override so prefers-color-scheme rules.
import type { ThemeChoice } from '../state/slices/ui-slice'

export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
}
