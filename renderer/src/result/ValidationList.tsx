// Findings about the merged file, under the result: click one to jump to its line in the result
// or to its row in the compare view.
import type { ValidationItem } from './validation-items'

export interface ValidationListProps {
  readonly items: readonly ValidationItem[]
  readonly onSelect: (item: ValidationItem) => void
}

const ICON = { error: '✕', warning: '!', info: 'i' } as const

export function ValidationList({ items, onSelect }: ValidationListProps) {
  if (items.length === 0) {
    return (
      <div className="am-validation am-validation-ok" role="status" data-testid="validation-list">
        <span className="am-validation-icon am-sev-ok" aria-hidden="true">
          ✓
        </span>
        Valid: strict YAML frontmatter, required keys present, nothing undecided.
      </div>
    )
  }
  const errors = items.filter((i) => i.severity === 'error').length
  return (
    <div className="am-validation" data-testid="validation-list">
      <div className="am-validation-summary">
        {errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}, ` : ''}
        {items.length - errors} {items.length - errors === 1 ? 'note' : 'notes'}
      </div>
      <ul aria-label="Validation of the merged file">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className={`am-validation-item am-sev-${item.severity}`} onClick={() => onSelect(item)}>
              <span className="am-validation-icon" aria-label={item.severity}>
                {ICON[item.severity]}
              </span>
              <span className="am-validation-message">{item.message}</span>
              {item.line != null ? <span className="am-validation-line">line {item.line}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
