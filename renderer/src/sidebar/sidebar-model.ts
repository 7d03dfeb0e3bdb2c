// What the sidebar lists: duplicate groups, near-duplicate suggestions and single files, filtered,
// with each file's problems. Pure: built from the store's plain data.
import type { Diagnostic } from '../../../shared/engine/model'
import type { AgentFileEntry, FolderListing, MergedOutput } from '../../../shared/host-api'
import type { GroupedFiles } from '../engine-worker/engine-api'
import type { DocLoad } from '../state/slices/workspace-slice'

export interface FileProblem {
  readonly severity: 'error' | 'warning' | 'info'
  /** One line per finding, `line N: message`. */
  readonly summary: string
  readonly count: number
}

export interface SidebarFile {
  readonly path: string
  readonly label: string
  readonly folder: string
  readonly identity: string | null
  readonly problem: FileProblem | null
  /** A merged file the app wrote from other listed files (see state/merged-outputs.ts). */
  readonly mergedResult: boolean
}

export interface SidebarGroup {
  readonly id: string
  readonly name: string
  readonly files: readonly SidebarFile[]
  /** Merged files the app saved from this group's variants (newest first): not variants. */
  readonly results: readonly SidebarFile[]
  /** Mean body similarity 0..1. */
  readonly similarity: number
}

export interface SidebarSuggestion {
  readonly id: string
  readonly reason: string
  readonly score: number
  readonly files: readonly SidebarFile[]
}

export interface SidebarModel {
  readonly groups: readonly SidebarGroup[]
  readonly suggestions: readonly SidebarSuggestion[]
  readonly singles: readonly SidebarFile[]
  /** Files in display order (for shift-click ranges). */
  readonly order: readonly string[]
  readonly total: number
}

const RANK = { error: 3, warning: 2, info: 1 } as const

export function problemOf(load: DocLoad | undefined): FileProblem | null {
  if (!load) return null
  if (load.status === 'error') return { severity: 'error', summary: load.error.message, count: 1 }
  const findings: Diagnostic[] = [...load.doc.diagnostics, ...load.lint]
  if (findings.length === 0) return null
  const worst = findings.reduce((a, d) => (RANK[d.severity] > RANK[a.severity] ? d : a))
  return {
    severity: worst.severity,
    summary: findings.map((d) => `line ${d.line}: ${d.message}`).join('\n'),
    count: findings.length,
  }
}

function fileOf(path: string, entry: AgentFileEntry | undefined, load: DocLoad | undefined, mergedResult: boolean): SidebarFile {
  const rel = entry?.relPath ?? path
  const parts = rel.split('/')
  const label = parts.pop() ?? rel
  return {
    path,
    label,
    folder: parts.join('/'),
    identity: load?.status === 'ok' ? load.doc.identity : null,
    problem: problemOf(load),
    mergedResult,
  }
}

function matches(filter: string, ...texts: (string | null)[]): boolean {
  return texts.some((t) => t !== null && t.toLowerCase().includes(filter))
}

export function sidebarModel(
  listing: FolderListing | null,
  grouped: GroupedFiles | null,
  loads: Readonly<Record<string, DocLoad>>,
  filterText: string,
  dismissed: readonly string[],
  mergedResults: readonly MergedOutput[] = [],
): SidebarModel {
  if (!listing) return { groups: [], suggestions: [], singles: [], order: [], total: 0 }
  const entries = new Map(listing.files.map((f) => [f.path, f]))
  // One SidebarFile per path, however many groups and suggestions list it: a big folder's
  // suggestions name the same files tens of thousands of times (2,500 files: ~87,000 members).
  const made = new Map<string, SidebarFile>()
  const resultPaths = new Set(mergedResults.map((o) => o.path))
  const file = (path: string): SidebarFile => {
    let f = made.get(path)
    if (f === undefined) made.set(path, (f = fileOf(path, entries.get(path), loads[path], resultPaths.has(path))))
    return f
  }
  const filter = filterText.trim().toLowerCase()
  const fileMatches = (f: SidebarFile) => !filter || matches(filter, `${f.folder}/${f.label}`, f.identity)
  const paths = grouped?.paths ?? []

  const groups: SidebarGroup[] = []
  const inGroup = new Set<string>()
  for (const g of grouped?.grouping.groups ?? []) {
    const files = g.members.map((m) => paths[m.index]).filter((p): p is string => p !== undefined).map(file)
    files.forEach((f) => inGroup.add(f.path))
    const members = new Set(files.map((f) => f.path))
    const results = mergedResults.filter((o) => !inGroup.has(o.path) && o.sources.some((p) => members.has(p))).map((o) => file(o.path))
    results.forEach((f) => inGroup.add(f.path))
    if (!filter || matches(filter, g.key) || files.some(fileMatches) || results.some(fileMatches)) {
      groups.push({ id: g.id, name: g.key, files, results, similarity: g.similarity.mean })
    }
  }

  const suggestions: SidebarSuggestion[] = []
  for (const s of grouped?.grouping.suggestions ?? []) {
    if (dismissed.includes(s.id)) continue
    const files = s.members.map((i) => paths[i]).filter((p): p is string => p !== undefined).map(file)
    if (!filter || files.some(fileMatches)) suggestions.push({ id: s.id, reason: s.reason, score: s.score, files })
  }

  // Singles: grouped singles plus files the engine never saw (unreadable ones).
  const singles = listing.files
    .map((f) => f.path)
    .filter((p) => !inGroup.has(p))
    .map(file)
    .filter(fileMatches)
    .sort((a, b) => a.label.localeCompare(b.label) || a.folder.localeCompare(b.folder))

  const order = [...groups.flatMap((g) => [...g.files, ...g.results].map((f) => f.path)), ...singles.map((f) => f.path)]
  return { groups, suggestions, singles, order, total: listing.files.length }
}
