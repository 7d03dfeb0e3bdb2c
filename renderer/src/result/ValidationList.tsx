// Findings about the merged file, under the result: click one to jump to its line in the result
// or to its row in the compare view. Undecided rows and keys are gathered under one summary so a
// fresh merge with many of them does not bury the real problems.
import type { ValidationItem } from './validation-items'

export interface ValidationListProps {
  readonly items: readonly ValidationItem[]
  readonly onSelect: (item: ValidationItem) => void
}

const ICON = { error: '✕', warning: '!', info: 'i' } as const
const OPEN_UP_TO = 6

function Item({ item, onSelect }: { item: ValidationItem; onSelect: (item: ValidationItem) => void }) {
  return (
    <li>
      <button type="button" className={`am-validation-item am-sev-${item.severity}`} onClick={() => onSelect(item)}>
        <span className="am-validation-icon" role="img" aria-label={item.severity}>
          {ICON[item.severity]}
        </span>
        <span className="am-validation-message">{item.message}</span>
        {item.line != null ? <span className="am-validation-line">line {item.line}</span> : null}
      </button>
    </li>
  )
}

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
  const undecided = items.filter((i) => i.id.startsWith('r:') || i.id.startsWith('k:'))
  const findings = items.filter((i) => !undecided.includes(i))
  const errors = findings.filter((i) => i.severity === 'error').length
  const parts = [
    errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : null,
    findings.length - errors > 0 ? `${findings.length - errors} ${findings.length - errors === 1 ? 'note' : 'notes'}` : null,
    undecided.length > 0 ? `${undecided.length} undecided` : null,
  ].filter(Boolean)
  return (
    <div className="am-validation" data-testid="validation-list">
      <div className="am-validation-summary">{parts.join(' · ')}</div>
      {findings.length > 0 ? (
        <ul aria-label="Problems in the merged file">
          {findings.map((item) => (
            <Item key={item.id} item={item} onSelect={onSelect} />
          ))}
        </ul>
      ) : null}
      {undecided.length > 0 ? (
        <details className="am-validation-group" open={undecided.length <= OPEN_UP_TO}>
          <summary>
            {undecided.length} {undecided.length === 1 ? 'part is' : 'parts are'} undecided and left out <span className="am-validation-hint">(press u to go to the next)</span>
          </summary>
          <ul aria-label="Undecided rows and keys">
            {undecided.map((item) => (
              <Item key={item.id} item={item} onSelect={onSelect} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
