// Opening folders and files: the native dialog where the host has one, else a typed path
// (browser mode), re-asked with the host's message until it is accepted or cancelled.
import { useAppStore } from '../state/store'
import { getServices } from '../state/services'
import { askPathUntilAccepted } from '../dialogs/ask-path-until-accepted'
import { MAX_VARIANTS } from '../state/slices/merge-slice'

export async function openFolderCommand(kind: 'folder' | 'files' = 'folder'): Promise<void> {
  const s = useAppStore.getState()
  let picked: Awaited<ReturnType<ReturnType<typeof getServices>['host']['showOpenDialog']>>
  try {
    picked = await getServices().host.showOpenDialog(kind)
  } catch {
    picked = { supported: false }
  }
  if (picked === null) return
  if ('supported' in picked) {
    const current = s.listing?.roots[0]?.path ?? ''
    await askPathUntilAccepted(
      s.asker,
      {
        title: kind === 'folder' ? 'Open a folder' : 'Open files',
        label: kind === 'folder' ? 'Folder path' : 'File or folder path',
        initialValue: current,
        confirmLabel: 'Open',
        hint: 'The folder is scanned for agent files (.claude/agents, .github/agents, .cursor/rules, …). Paths are on the machine running Agent Merge.',
      },
      (path) => useAppStore.getState().openPaths([path], { replace: true, quiet: true }),
    )
    return
  }
  if (picked.length > 0) await useAppStore.getState().openPaths(picked, { replace: kind === 'folder' })
}

/** Files dropped on the window: Electron gives their paths; a plain browser cannot. */
export async function openDroppedFiles(files: readonly File[]): Promise<void> {
  const { host } = getServices()
  const paths = files.map((f) => host.pathForDroppedFile(f)).filter((p): p is string => !!p)
  const s = useAppStore.getState()
  if (paths.length === 0) {
    s.showToast({ kind: 'info', message: 'A browser cannot tell Agent Merge where dropped files live. Use Open folder (Ctrl/Cmd+O) and type the path.' })
    return
  }
  await s.openPaths(paths)
}

/** Compare the files selected in the sidebar (two or more). */
export function compareSelection(): void {
  const s = useAppStore.getState()
  if (s.selection.length < 2) {
    s.showToast({ kind: 'info', message: 'Select two or more files to compare (Ctrl/Cmd-click or Shift-click).' })
    return
  }
  if (s.selection.length > MAX_VARIANTS) {
    s.showToast({ kind: 'error', message: `Compare up to ${MAX_VARIANTS} variants at a time (${s.selection.length} selected).` })
    return
  }
  void s.openGroup(s.selection)
}
