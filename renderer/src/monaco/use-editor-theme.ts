// Keeps Monaco's theme in step with the app: the app's resolved theme on <html data-theme="...">
// wins (settings and the Electron menu can override the system), else the system preference.
import { useSyncExternalStore } from 'react'
import { DARK_THEME, LIGHT_THEME } from './monaco-themes'

function resolveTheme(): 'light' | 'dark' {
  const explicit = document.documentElement.dataset.theme
  if (explicit === 'light' || explicit === 'dark') return explicit
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)')
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] })
  media.addEventListener('change', onChange)
  return () => {
    observer.disconnect()
    media.removeEventListener('change', onChange)
  }
}

/** The Monaco theme name matching the app's current light/dark look. */
export function useEditorTheme(): string {
  const theme = useSyncExternalStore(subscribe, resolveTheme, () => 'light' as const)
  return theme === 'dark' ? DARK_THEME : LIGHT_THEME
}
