// The sidebar tree flattened into rows for a virtualised list: section headings, groups, files
// and suggestions, each with its ARIA level. Pure.
import type { SidebarFile, SidebarGroup, SidebarModel, SidebarSuggestion } from './sidebar-model'
import { distinguishingPart } from '../app/variant-name'

export type TreeRow =
  | { readonly kind: 'section'; readonly id: string; readonly title: string; readonly count: number }
  | { readonly kind: 'group'; readonly id: string; readonly group: SidebarGroup; readonly expanded: boolean }
  | {
      readonly kind: 'file'
      readonly id: string
      readonly file: SidebarFile
      readonly level: number
      readonly parent: string | null
      /** The folder line: in a group, the folders that tell the file from the group's other files
       *  (their shared folders, often `.claude/agents`, tell nothing); else its folder. */
      readonly folder: string
    }
  | { readonly kind: 'suggestion'; readonly id: string; readonly suggestion: SidebarSuggestion }

export function treeRows(model: SidebarModel, isExpanded: (groupId: string) => boolean): TreeRow[] {
  const rows: TreeRow[] = []
  if (model.groups.length > 0) {
    rows.push({ kind: 'section', id: 'section:groups', title: 'Duplicate groups', count: model.groups.length })
    for (const group of model.groups) {
      const expanded = isExpanded(group.id)
      rows.push({ kind: 'group', id: `group:${group.id}`, group, expanded })
      if (!expanded) continue
      const paths = group.files.map((f) => f.path)
      group.files.forEach((file, i) => {
        const distinct = distinguishingPart(paths, i)
        const folder = distinct === file.path.split(/[\\/]/).pop() ? file.folder : distinct
        rows.push({ kind: 'file', id: `file:${group.id}:${file.path}`, file, level: 3, parent: `group:${group.id}`, folder })
      })
      for (const file of group.results) rows.push({ kind: 'file', id: `result:${group.id}:${file.path}`, file, level: 3, parent: `group:${group.id}`, folder: file.folder })
    }
  }
  if (model.suggestions.length > 0) {
    rows.push({ kind: 'section', id: 'section:suggestions', title: 'Possible duplicates', count: model.suggestions.length })
    for (const suggestion of model.suggestions) rows.push({ kind: 'suggestion', id: `suggestion:${suggestion.id}`, suggestion })
  }
  if (model.singles.length > 0) {
    rows.push({ kind: 'section', id: 'section:singles', title: 'Single files', count: model.singles.length })
    for (const file of model.singles) rows.push({ kind: 'file', id: `file::${file.path}`, file, level: 2, parent: null, folder: file.folder })
  }
  return rows
}

export function rowHeight(row: TreeRow | undefined): number {
  if (!row) return 28
  switch (row.kind) {
    case 'section':
      return 32
    case 'group':
      return 28
    case 'file':
      return row.folder ? 36 : 26
    case 'suggestion':
      return 84
  }
}

/** What Left/Right do on a row: expand or collapse a group, or go to the parent. */
export function horizontalMove(rows: readonly TreeRow[], index: number, key: 'ArrowLeft' | 'ArrowRight'):
  | { readonly kind: 'expand'; readonly groupId: string; readonly expand: boolean }
  | { readonly kind: 'focus'; readonly index: number }
  | null {
  const row = rows[index]
  if (!row) return null
  if (row.kind === 'group') {
    if (key === 'ArrowRight') return row.expanded ? { kind: 'focus', index: index + 1 } : { kind: 'expand', groupId: row.group.id, expand: true }
    return row.expanded ? { kind: 'expand', groupId: row.group.id, expand: false } : null
  }
  if (row.kind === 'file' && row.parent && key === 'ArrowLeft') {
    const parent = rows.findIndex((r) => r.id === row.parent)
    return parent >= 0 ? { kind: 'focus', index: parent } : null
  }
  return null
}
