// The sidebar's tree, virtualised so a folder of thousands of agents stays quick: only the rows
// in view are in the DOM. One row is tabbable (roving focus); arrows move, Left/Right fold groups.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useAppStore } from '../state/store'
import type { SidebarModel } from './sidebar-model'
import { horizontalMove, rowHeight, treeRows } from './tree-rows'
import { FileItem } from './FileItem'
import { GroupItem } from './GroupItem'
import { SuggestionItem } from './SuggestionItem'

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p) => b.includes(p))
}

export function FileTree({ model, filtering }: { model: SidebarModel; filtering: boolean }) {
  const selection = useAppStore((s) => s.selection)
  const openPaths = useAppStore((s) => s.merge?.paths ?? null)
  // A variant deleted on disk leaves the group but stays in the open merge: still the open group.
  const removed = useAppStore((s) => s.removedSources)
  const openListed = useMemo(() => openPaths?.filter((p) => !removed.includes(p)) ?? null, [openPaths, removed])
  const { selectFile, setSelection, showDetails, openGroup, acceptSuggestion, dismissSuggestion } = useAppStore.getState()
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set())
  const [active, setActive] = useState<string | null>(null)
  // Suggestions whose whole chain of names is shown (kept here: rows unmount as they scroll away).
  const [namesShown, setNamesShown] = useState<ReadonlySet<string>>(new Set())
  const focusPending = useRef(false)
  const scrollRef = useRef<HTMLDivElement>(null)

  const expandedByDefault = model.groups.length <= 4 || filtering
  const rows = useMemo(() => treeRows(model, (id) => expandedByDefault !== toggled.has(id)), [model, expandedByDefault, toggled])
  const setExpanded = useCallback(
    (id: string, expand: boolean) =>
      setToggled((prev) => {
        const next = new Set(prev)
        if (expand === expandedByDefault) next.delete(id)
        else next.add(id)
        return next
      }),
    [expandedByDefault],
  )

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => rowHeight(rows[i]),
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: 8,
  })

  const activeIndex = Math.max(0, rows.findIndex((r) => r.id === active))
  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))]
    if (!row) return
    focusPending.current = true
    setActive(row.id)
    virtualizer.scrollToIndex(rows.indexOf(row), { align: 'auto' })
  }
  useEffect(() => {
    if (!focusPending.current || !active) return
    focusPending.current = false
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${CSS.escape(active)}"]`)
    el?.focus()
  })

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1)
        break
      case 'ArrowUp':
        moveTo(activeIndex - 1)
        break
      case 'Home':
        moveTo(0)
        break
      case 'End':
        moveTo(rows.length - 1)
        break
      case 'ArrowLeft':
      case 'ArrowRight': {
        const move = horizontalMove(rows, activeIndex, e.key)
        if (move?.kind === 'expand') setExpanded(move.groupId, move.expand)
        else if (move?.kind === 'focus') moveTo(move.index)
        break
      }
      default:
        return
    }
    e.preventDefault()
  }

  const onSelect = (path: string, e: React.MouseEvent | React.KeyboardEvent) =>
    // Files act like checkboxes (click toggles) so any set can be compared; Shift adds a range.
    selectFile(path, e.shiftKey ? 'range' : 'toggle', model.order)

  return (
    <div
      ref={scrollRef}
      className="tree"
      role="tree"
      aria-label="Agent files"
      aria-multiselectable="true"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const id = (e.target as HTMLElement).closest<HTMLElement>('[data-row]')?.dataset.row
        if (id && id !== active) setActive(id)
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((vi) => {
          const row = rows[vi.index]!
          const tabbable = vi.index === activeIndex
          return (
            <div key={vi.key} ref={virtualizer.measureElement} data-index={vi.index} className="tree-slot" style={{ transform: `translateY(${vi.start}px)` }}>
              {row.kind === 'section' && (
                <div role="treeitem" aria-level={1} aria-expanded="true" tabIndex={tabbable ? 0 : -1} data-row={row.id} className="tree-section-title">
                  {row.title} <span>{row.count}</span>
                </div>
              )}
              {row.kind === 'group' && (
                <GroupItem
                  group={row.group}
                  rowId={row.id}
                  expanded={row.expanded}
                  tabbable={tabbable}
                  isOpen={openListed !== null && sameSet(openListed, row.group.files.map((f) => f.path))}
                  onOpen={() => void openGroup(row.group.files.map((f) => f.path))}
                  onToggleExpanded={() => setExpanded(row.group.id, !row.expanded)}
                  onSelectAll={() => {
                    const paths = row.group.files.map((f) => f.path)
                    const all = paths.every((p) => selection.includes(p))
                    setSelection(all ? selection.filter((p) => !paths.includes(p)) : [...new Set([...selection, ...paths])])
                  }}
                />
              )}
              {row.kind === 'file' && (
                <FileItem
                  file={row.file}
                  folder={row.folder}
                  rowId={row.id}
                  level={row.level}
                  tabbable={tabbable}
                  selected={selection.includes(row.file.path)}
                  open={!!openPaths?.includes(row.file.path)}
                  onSelect={onSelect}
                  onDetails={showDetails}
                />
              )}
              {row.kind === 'suggestion' && (
                <SuggestionItem
                  suggestion={row.suggestion}
                  rowId={row.id}
                  tabbable={tabbable}
                  namesShown={namesShown.has(row.suggestion.id)}
                  onToggleNames={() =>
                    setNamesShown((prev) => {
                      const next = new Set(prev)
                      if (!next.delete(row.suggestion.id)) next.add(row.suggestion.id)
                      return next
                    })
                  }
                  onAccept={() => acceptSuggestion(row.suggestion.id)}
                  onCompare={() => void openGroup(row.suggestion.files.map((f) => f.path))}
                  onDismiss={() => dismissSuggestion(row.suggestion.id)}
                />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
