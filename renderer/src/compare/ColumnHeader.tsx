// One variant's column header: colour stripe, number, folder and file, format, model and tools.
import { memo } from 'react'
import type { AgentDocument } from '../../../shared/engine/model'
import type { KeyRow } from '../../../shared/engine/alignment-model'
import { useAppStore } from '../state/store'
import { fileName, folderLabel } from './labels'
import { MiddleEllipsisName } from '../app/MiddleEllipsisName'
import { distinguishingPart } from '../app/variant-name'
import { variantKeys } from '../app/variant-chord'
import { FORMAT_LABEL, FORMAT_SHORT } from './format-labels'

interface ColumnHeaderProps {
  readonly doc: AgentDocument
  readonly variant: number
  readonly position: number
  readonly visibleCount: number
  readonly keys: readonly KeyRow[]
  /** Only the cursor's column (else the first) has its controls in the Tab order, so Tab does
   *  not walk every column's buttons; ←/→ in the grid moves the cursor to another column. */
  readonly tabbable: boolean
}

function valueOf(keys: readonly KeyRow[], key: string, variant: number): string | null {
  const cell = keys.find((k) => k.key === key)?.cells[variant]
  if (!cell) return null
  return typeof cell.value === 'string' || typeof cell.value === 'number' ? String(cell.value) : null
}

export const ColumnHeader = memo(function ColumnHeader({ doc, variant, position, visibleCount, keys, tabbable }: ColumnHeaderProps) {
  const tab = tabbable ? 0 : -1
  const moveColumn = useAppStore((s) => s.moveColumn)
  const setColumnHidden = useAppStore((s) => s.setColumnHidden)
  const takeAll = useAppStore((s) => s.takeAll)
  const openDiff = useAppStore((s) => s.openDiff)
  const variantCount = useAppStore((s) => s.merge?.docs.length ?? 0)
  const docs = useAppStore((s) => s.merge?.docs)
  // Marked when the banners speak of this variant: several variants often share a file name.
  const onDisk = useAppStore((s) => (s.removedSources.includes(doc.path) ? 'deleted' : s.staleSources.includes(doc.path) ? 'changed' : null))

  const model = valueOf(keys, 'model', variant)
  const tools = keys.find((k) => k.key === 'tools')?.cells[variant]?.items ?? null
  const yamlNote = doc.frontmatterMode === 'strict' || doc.frontmatterMode === 'none' ? null : `YAML ${doc.frontmatterMode}`
  const name = fileName(doc.path)
  // The folders that tell this variant from the others ("collection-b"), when folders do; else
  // the shared folder (the file names tell them apart).
  const distinct = docs ? distinguishingPart(docs.map((d) => d.path), variant) : name
  const folder = distinct !== name ? distinct : folderLabel(doc.path)
  const onDiskText = onDisk === 'deleted' ? 'deleted or moved since you opened it' : onDisk === 'changed' ? 'changed on disk since you opened it' : null

  const compareWith = (other: number) => {
    const otherDoc = docs?.[other]
    if (!otherDoc) return
    openDiff({
      left: { title: `${variant + 1} · ${name}`, text: doc.text, variant },
      right: { title: `${other + 1} · ${fileName(otherDoc.path)}`, text: otherDoc.text, variant: other },
    })
  }

  return (
    <div
      role="columnheader"
      data-variant={variant}
      className={`column-header${onDisk ? ' is-stale' : ''}`}
      style={{ ['--vc' as string]: `var(--v${variant % 20})` }}
      aria-label={`Variant ${variant + 1}: ${doc.path}${onDiskText ? `, ${onDiskText}` : ''}`}
      aria-description={`Keys for the focused row: ${variantKeys(variant)} takes this variant, ${variantKeys(variant, true)} adds it to a combination`}
      title={onDiskText ? `${doc.path}\n${onDiskText}` : doc.path}
    >
      <div className="column-title">
        {/* 1-9: the badge's number is the key. */}
        <span className="variant-badge" aria-hidden="true" title={`Keys for the focused row: ${variantKeys(variant)} takes variant ${variant + 1}, ${variantKeys(variant, true)} adds it to a combination`}>{variant + 1}</span>
        <span className="column-names">
          {/* The box is right to left, to cut the path from the left; <bdi> keeps the path
              itself left to right (else `.claude` shows as `claude.`). */}
          <span className="column-folder">
            <bdi>{folder}</bdi>
          </span>
          <MiddleEllipsisName name={name} className="column-file" tailChars={4} />
        </span>
        {/* 10-20: the keys are `0`, then the number; shown, since the badge alone does not say so. */}
        {variant >= 9 && (
          <kbd className="column-key" title={`Keys for the focused row: ${variantKeys(variant)} takes variant ${variant + 1}, ${variantKeys(variant, true)} adds it to a combination`}>
            {variantKeys(variant)}
          </kbd>
        )}
        <button type="button" tabIndex={tab} className="icon-btn column-hide" aria-label={`Hide variant ${variant + 1}`} title="Hide this column (show it again from the toolbar)" disabled={visibleCount <= 1} onClick={() => setColumnHidden(variant, true)}>
          ✕
        </button>
      </div>
      <div className="column-meta">
        {/* Narrow columns: one line, chips shrink with an ellipsis (full text on hover); the YAML
            warning first so it stays. Wider columns wrap (compare.css). */}
        {onDisk && (
          <span className="meta-chip meta-warn" data-testid="column-on-disk">
            <span aria-hidden="true">⚠ </span>{onDisk === 'deleted' ? 'deleted' : 'changed on disk'}
          </span>
        )}
        {yamlNote && (
          <span className="meta-chip meta-warn" title={`${yamlNote}: strict YAML rejects this frontmatter; the values shown were recovered`}>
            <span aria-hidden="true">⚠ </span>YAML
          </span>
        )}
        <span className="meta-chip" title={FORMAT_LABEL[doc.format]}>{FORMAT_SHORT[doc.format]}</span>
        {model && <span className="meta-chip" title={`model: ${model}`}>{model}</span>}
        <span className="meta-chip" title={tools ? tools.join(', ') : 'No tools key: all tools'}>
          {tools ? `${tools.length} tool${tools.length === 1 ? '' : 's'}` : 'all tools'}
        </span>
      </div>
      <div className="column-actions">
        <button type="button" tabIndex={tab} className="icon-btn" aria-label={`Move variant ${variant + 1} left`} title="Move left" disabled={position === 0} onClick={() => moveColumn(variant, -1)}>
          ‹
        </button>
        <button type="button" tabIndex={tab} className="icon-btn" aria-label={`Move variant ${variant + 1} right`} title="Move right" disabled={position === visibleCount - 1} onClick={() => moveColumn(variant, 1)}>
          ›
        </button>
        <button type="button" tabIndex={tab} className="text-btn" title="Pick every row and key from this variant" onClick={() => takeAll(variant)}>
          Take all
        </button>
        <select
          tabIndex={tab}
          className="compare-select"
          aria-label={`Compare variant ${variant + 1} as a whole with`}
          value=""
          onChange={(e) => e.target.value !== '' && compareWith(Number(e.target.value))}
        >
          <option value="">Diff…</option>
          {Array.from({ length: variantCount }, (_, v) => v)
            .filter((v) => v !== variant)
            .map((v) => (
              <option key={v} value={v}>
                Variant {v + 1}
              </option>
            ))}
        </select>
      </div>
    </div>
  )
})
