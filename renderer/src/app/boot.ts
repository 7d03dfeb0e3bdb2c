// Start-up wiring: host events the shell handles (scan progress, paths opened from outside, the
// Electron menu's app commands, files changed on disk), settings loaded from and saved to the host, pane sizes
// remembered in localStorage.
import type { MenuCommand, Settings } from '../../../shared/host-api'
import { useAppStore } from '../state/store'
import { getServices } from '../state/services'
import { DEFAULT_PANE_SIZES, type PaneSizes } from '../state/slices/ui-slice'
import { openFolderCommand } from './open-commands'
import { startFollowingDisk } from '../state/follow-disk'

const PANE_KEY = 'agent-merge.pane-sizes'

function handleMenu(command: MenuCommand): void {
  const s = useAppStore.getState()
  switch (command) {
    case 'open-folder':
      void openFolderCommand('folder')
      break
    case 'open-files':
      void openFolderCommand('files')
      break
    case 'close':
      s.closeGroup()
      break
    case 'undo':
      s.undo()
      break
    case 'redo':
      s.redo()
      break
    case 'theme-system':
    case 'theme-light':
    case 'theme-dark':
      s.setTheme(command.slice('theme-'.length) as 'system' | 'light' | 'dark')
      break
    case 'about':
      s.showToast({ kind: 'info', message: 'Agent Merge: compare the variants of an agent definition and merge them into one.' })
      break
    default:
      break // save / export / apply are handled by the result side
  }
}

function readPaneSizes(): PaneSizes {
  try {
    const raw = JSON.parse(localStorage.getItem(PANE_KEY) ?? 'null') as Partial<PaneSizes> | null
    const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 100 && v < 4000
    return { sidebar: ok(raw?.sidebar) ? raw.sidebar : DEFAULT_PANE_SIZES.sidebar, result: ok(raw?.result) ? raw.result : DEFAULT_PANE_SIZES.result }
  } catch {
    return DEFAULT_PANE_SIZES
  }
}

/** Starts everything; returns a function that stops it (for hot reload and tests). */
export function startApp(): () => void {
  const { host } = getServices()
  const store = useAppStore
  store.getState().setPaneSizes(readPaneSizes())

  const stopEvents = host.onEvent((event) => {
    const s = store.getState()
    if (event.kind === 'scan-progress') s.setScanProgress(event)
    else if (event.kind === 'step-progress') s.countStepFiles(event.done, event.total)
    else if (event.kind === 'opened') void s.applyListing(event.listing)
    else if (event.kind === 'menu') handleMenu(event.command)
  })

  const stopFollowing = startFollowingDisk(store, host)

  let settingsLoaded = false
  host
    .getSettings()
    .then((settings: Settings) => {
      store.setState({ theme: settings.theme, foldIdentical: settings.foldIdenticalRows })
    })
    .catch(() => undefined) // defaults stay; the app works without saved settings
    .finally(() => {
      settingsLoaded = true
    })

  let paneTimer: ReturnType<typeof setTimeout> | undefined
  const stopStore = store.subscribe((s, prev) => {
    if (settingsLoaded && (s.theme !== prev.theme || s.foldIdentical !== prev.foldIdentical)) {
      host.setSettings({ theme: s.theme, foldIdenticalRows: s.foldIdentical }).catch(() => {
        store.getState().showToast({ kind: 'error', message: 'Could not save your settings; they apply until you close the app.' })
      })
    }
    if (s.paneSizes !== prev.paneSizes) {
      clearTimeout(paneTimer)
      paneTimer = setTimeout(() => {
        try {
          localStorage.setItem(PANE_KEY, JSON.stringify(s.paneSizes))
        } catch {
          // storage full or disabled: sizes are simply not remembered
        }
      }, 300)
    }
  })

  void store.getState().loadInitial()
  return () => {
    stopEvents()
    stopFollowing()
    stopStore()
    clearTimeout(paneTimer)
  }
}
