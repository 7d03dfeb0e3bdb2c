// The `?` sheet: every shortcut, grouped.
import { Dialog } from '../dialogs/Dialog'
import { useAppStore } from '../state/store'
import { SHORTCUT_HELP } from './shortcuts'

export function ShortcutSheet() {
  const open = useAppStore((s) => s.shortcutSheetOpen)
  const setOpen = useAppStore((s) => s.setShortcutSheetOpen)
  if (!open) return null
  return (
    <Dialog
      title="Keyboard shortcuts"
      size="large"
      scrollableBody
      onCancel={() => setOpen(false)}
      testId="shortcut-sheet"
      actions={
        <button type="button" className="am-btn am-btn-primary" onClick={() => setOpen(false)}>
          Close
        </button>
      }
    >
      <div className="shortcut-columns">
        {SHORTCUT_HELP.map((group) => (
          <section key={group.title} className="shortcut-group">
            <h3>{group.title}</h3>
            <dl>
              {group.items.map((item) => (
                <div key={item.does} className="shortcut-item">
                  <dt>
                    {item.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="shortcut-or">or</span>}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{item.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="am-dialog-hint">Shortcuts do not fire while you type in a field or an editor.</p>
    </Dialog>
  )
}
