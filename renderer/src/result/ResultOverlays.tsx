// The app-wide overlays the result side owns: the open dialog, the diff overlay and the custom
// editor. Rendered into <body> so no pane's layout can clip them.
import { createPortal } from 'react-dom'
import { useCallback } from 'react'
import { DialogLayer } from '../dialogs/DialogLayer'
import { CustomEditDialog } from '../monaco/CustomEditDialog'
import { DiffOverlay } from '../monaco/DiffOverlay'
import { useAppStore } from '../state/store'

export function ResultOverlays() {
  const diff = useAppStore((s) => s.diffRequest)
  const custom = useAppStore((s) => s.customEditRequest)
  const openDiff = useAppStore((s) => s.openDiff)
  const openCustomEdit = useAppStore((s) => s.openCustomEdit)
  const closeDiff = useCallback(() => openDiff(null), [openDiff])
  const applyCustom = useCallback(
    (text: string) => {
      const s = useAppStore.getState()
      const target = s.customEditRequest?.target
      if (target) s.pick(target, { kind: 'custom', text })
      s.openCustomEdit(null)
    },
    [],
  )
  return createPortal(
    <>
      {diff ? <DiffOverlay left={diff.left} right={diff.right} onClose={closeDiff} /> : null}
      {custom ? <CustomEditDialog key={JSON.stringify(custom.target)} request={custom} onApply={applyCustom} onCancel={() => openCustomEdit(null)} /> : null}
      <DialogLayer />
    </>,
    document.body,
  )
}
