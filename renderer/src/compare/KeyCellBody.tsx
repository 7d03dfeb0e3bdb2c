// A frontmatter key cell: list-like values as chips with additions and removals marked against
// the reference; other values as their YAML source with word differences.
import type { KeyCell } from '../../../shared/engine/alignment-model'
import { useWordDiff } from './diff-cache'
import { LOW_OVERLAP, sharedRatio } from './diff-overlap'
import { DiffedText } from './DiffedText'
import { keyValueSource } from './cell-text'

interface KeyCellBodyProps {
  readonly cell: KeyCell
  readonly reference: KeyCell | null
  readonly isReference: boolean
  readonly changes: { readonly added: readonly string[]; readonly removed: readonly string[] } | null
  readonly cacheKey: string
}

export function KeyCellBody({ cell, reference, isReference, changes, cacheKey }: KeyCellBodyProps) {
  if (cell.items) return <KeyChips items={cell.items} isReference={isReference} changes={changes} />
  const text = keyValueSource(cell.raw)
  const refText = reference ? keyValueSource(reference.raw) : null
  return <KeyValueText text={text} referenceText={isReference || refText === text ? null : refText} cacheKey={cacheKey} />
}

function KeyChips({ items, isReference, changes }: { items: readonly string[]; isReference: boolean; changes: KeyCellBodyProps['changes'] }) {
  const added = new Set(isReference ? [] : (changes?.added ?? []))
  const removed = isReference ? [] : (changes?.removed ?? [])
  return (
    <div className="chips">
      {items.length === 0 && removed.length === 0 && <span className="chips-empty">(empty)</span>}
      {items.map((item, i) => (
        <span key={`${item}-${i}`} className={`chip${added.has(item) ? ' chip-added' : ''}`} title={added.has(item) ? 'Not in the reference' : undefined}>
          {added.has(item) && <span aria-hidden="true">+</span>}
          {item}
          {added.has(item) && <span className="sr-only"> (added)</span>}
        </span>
      ))}
      {removed.map((item) => (
        <span key={`removed-${item}`} className="chip chip-removed" title="In the reference, not here">
          <span aria-hidden="true">−</span>
          {item}
          <span className="sr-only"> (missing)</span>
        </span>
      ))}
    </div>
  )
}

function KeyValueText({ text, referenceText, cacheKey }: { text: string; referenceText: string | null; cacheKey: string }) {
  const diff = useWordDiff(cacheKey, referenceText, text)
  if (!diff) return <pre className="cell-text key-text">{text}</pre>
  // A short value that differs ('orange' against 'purple') is simply another value: mark it whole.
  if (diff.kind === 'ok' && sharedRatio(diff.parts) < LOW_OVERLAP && text.length <= 60 && !text.includes('\n')) {
    return (
      <pre className="cell-text key-text">
        <span className="diff-add" title="Differs from the reference">{text}</span>
      </pre>
    )
  }
  return <DiffedText diff={diff} text={text} className="cell-text key-text" />
}
