// The library queue: every duplicate group (accepted suggestions included) and every group
// resolved earlier (saved decisions), with a status, which copy a tool loads today, and the marks
// the filters use. Pure: built from the store's plain data.
import { liveCopies, relativeTo, resolveIn, type SavedDecision } from '../../../shared/engine/consolidate'
import type { FolderListing } from '../../../shared/host-api'
import type { GroupedFiles } from '../engine-worker/engine-api'
import type { DocLoad } from '../state/slices/workspace-slice'

export type QueueStatus = 'todo' | 'proposed' | 'merged' | 'kept' | 'renamed' | 'skipped'
export type QueueFilter = 'all' | 'unresolved' | 'collisions' | 'broken' | 'large'

export const STATUS_LABEL: Readonly<Record<QueueStatus, string>> = {
  todo: 'to do',
  proposed: 'proposed',
  merged: 'merged',
  kept: 'kept one',
  renamed: 'renamed',
  skipped: 'skipped',
}

export const FILTER_LABEL: Readonly<Record<QueueFilter, string>> = {
  all: 'All',
  unresolved: 'Unresolved',
  collisions: 'Collisions',
  broken: 'Broken frontmatter',
  large: 'Large differences',
}

/** The queue's orders: by default the biggest problems first (a live collision, then more
 *  variants, then larger differences), groups already resolved last. */
export type QueueSort = 'problems' | 'variants' | 'difference' | 'name'

export const SORT_LABEL: Readonly<Record<QueueSort, string>> = {
  problems: 'Biggest problems first',
  variants: 'Most variants first',
  difference: 'Largest difference first',
  name: 'Name (A to Z)',
}

export const QUEUE_SORTS: readonly QueueSort[] = ['problems', 'variants', 'difference', 'name']

/** Mean body similarity under this is a large difference (worth a look before a proposal). */
export const LARGE_DIFFERENCE = 0.5

export interface SavedEntry {
  /** The opened folder the decision is saved in. */
  readonly folder: string
  readonly decision: SavedDecision
}

export interface QueueFile {
  readonly path: string
  readonly relPath: string
  /** Frontmatter strict YAML rejects, or a file that could not be read. */
  readonly broken: boolean
}

export interface QueueEntry {
  /** The group's id while it is listed; `saved:<key>` for a group resolved earlier. */
  readonly id: string
  readonly key: string
  readonly files: readonly QueueFile[]
  readonly status: QueueStatus
  /** The group exists in the folder now (it can be opened and resolved). */
  readonly open: boolean
  /** It was a near-duplicate suggestion the user accepted. */
  readonly accepted: boolean
  readonly brokenCount: number
  /** Mean body similarity 0..1; null for a group resolved earlier. */
  readonly similarity: number | null
  /** Two or more files define the name inside one tool folder: which loads is read order. */
  readonly collision: boolean
  /** Which copy a tool loads today, in words. */
  readonly live: string
  readonly saved: SavedEntry | null
}

export interface QueueInput {
  readonly listing: FolderListing | null
  readonly grouping: GroupedFiles | null
  readonly loads: Readonly<Record<string, DocLoad>>
  readonly saved: Readonly<Record<string, SavedEntry>>
  /** Group ids opened with a proposal this session. */
  readonly proposed: readonly string[]
}

const RESOLVED: Readonly<Record<SavedDecision['resolution']['kind'], QueueStatus>> = { merge: 'merged', keep: 'kept', rename: 'renamed', skip: 'skipped' }

export function isResolved(status: QueueStatus): boolean {
  return status !== 'todo' && status !== 'proposed'
}

function liveSentence(paths: readonly string[], rel: (path: string) => string): { live: string; collision: boolean } {
  const report = liveCopies(paths)
  if (report.tools.length === 0) return { live: 'No tool loads these from here (not in a tool folder)', collision: false }
  const parts = report.tools.map((t) => {
    const live = t.live === null ? (t.collision ? 'one of these, by read order' : 'each project its own copy') : `${rel(t.live)} is live`
    return `${t.tool}: ${live}`
  })
  return { live: parts.join(' · '), collision: report.collision }
}

function savedKey(key: string): string {
  return `saved:${key}`
}

export function buildQueue(input: QueueInput): QueueEntry[] {
  const { listing, grouping, loads, saved } = input
  const relOf = new Map(listing?.files.map((f) => [f.path, f.relPath]) ?? [])
  const rel = (path: string): string => relOf.get(path) ?? path
  const brokenOf = (path: string): boolean => {
    const load = loads[path]
    return !load || load.status === 'error' || load.doc.frontmatterMode === 'repaired' || load.doc.frontmatterMode === 'lenient'
  }
  const proposed = new Set(input.proposed)
  const entries: QueueEntry[] = []
  const listed = new Set<string>()
  for (const group of grouping?.grouping.groups ?? []) {
    const paths = group.members.map((m) => grouping!.paths[m.index]!)
    const files = paths.map((path) => ({ path, relPath: rel(path), broken: brokenOf(path) }))
    const entry = saved[group.key]
    const current = new Set(paths.map((p) => entry && relativeTo(entry.folder, p)))
    const sameMembers = entry !== undefined && entry.decision.members.length === paths.length && entry.decision.members.every((m) => current.has(m.path))
    // A skip holds while the members are the ones skipped; a saved merge recipe is waiting to be written.
    const status: QueueStatus =
      sameMembers && entry.decision.resolution.kind === 'skip' ? 'skipped'
      : entry?.decision.resolution.kind === 'merge' || proposed.has(group.id) ? 'proposed'
      : 'todo'
    listed.add(group.key)
    entries.push({
      id: group.id,
      key: group.key,
      files,
      status,
      open: true,
      accepted: group.members.some((m) => m.matchedBy === 'accepted'),
      brokenCount: files.filter((f) => f.broken).length,
      similarity: group.similarity.mean,
      ...liveSentence(paths, rel),
      saved: entry ?? null,
    })
  }
  for (const [key, entry] of Object.entries(saved)) {
    if (listed.has(key)) continue
    const paths = entry.decision.members.map((m) => resolveIn(entry.folder, m.path))
    entries.push({
      id: savedKey(key),
      key,
      files: entry.decision.members.map((m, i) => ({ path: paths[i]!, relPath: m.path, broken: false })),
      status: RESOLVED[entry.decision.resolution.kind],
      open: false,
      accepted: false,
      brokenCount: 0,
      similarity: null,
      live: resolvedSentence(entry.decision),
      collision: false,
      saved: entry,
    })
  }
  return entries.sort(byKey)
}

function resolvedSentence(decision: SavedDecision): string {
  const r = decision.resolution
  switch (r.kind) {
    case 'merge':
      return `One merged file at ${r.recipe.sources[r.recipe.base ?? 0]?.path ?? 'the base path'}`
    case 'keep':
      return `${r.keep} kept; the others archived`
    case 'rename':
      return `Kept as ${r.renames.map((x) => x.name).join(', ')}`
    case 'skip':
      return 'Left as it is'
  }
}

const byKey = (a: QueueEntry, b: QueueEntry): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
/** To do first, then skipped (still listed), then resolved earlier. */
const byDoneness = (a: QueueEntry, b: QueueEntry): number => doneness(a) - doneness(b)
const doneness = (e: QueueEntry): number => (!isResolved(e.status) ? 0 : e.open ? 1 : 2)
const byCollision = (a: QueueEntry, b: QueueEntry): number => Number(b.collision) - Number(a.collision)
const byVariants = (a: QueueEntry, b: QueueEntry): number => b.files.length - a.files.length
/** Less alike first; a group with no similarity (resolved earlier) last. */
const byDifference = (a: QueueEntry, b: QueueEntry): number => (a.similarity ?? 2) - (b.similarity ?? 2)
const byBroken = (a: QueueEntry, b: QueueEntry): number => b.brokenCount - a.brokenCount

const ORDERS: Readonly<Record<QueueSort, readonly ((a: QueueEntry, b: QueueEntry) => number)[]>> = {
  problems: [byDoneness, byCollision, byVariants, byDifference, byBroken, byKey],
  variants: [byDoneness, byVariants, byDifference, byKey],
  difference: [byDoneness, byDifference, byVariants, byKey],
  name: [byKey],
}

/** The entries in the order `sort` shows them (a new array). */
export function sortQueue(entries: readonly QueueEntry[], sort: QueueSort): QueueEntry[] {
  const order = ORDERS[sort]
  return [...entries].sort((a, b) => {
    for (const compare of order) {
      const c = compare(a, b)
      if (c !== 0) return c
    }
    return 0
  })
}

export function matchesFilter(entry: QueueEntry, filter: QueueFilter): boolean {
  switch (filter) {
    case 'all':
      return true
    case 'unresolved':
      return !isResolved(entry.status)
    case 'collisions':
      return entry.collision
    case 'broken':
      return entry.brokenCount > 0
    case 'large':
      return entry.similarity !== null && entry.similarity < LARGE_DIFFERENCE
  }
}

export interface QueueProgress {
  readonly resolved: number
  readonly total: number
}

export function queueProgress(entries: readonly QueueEntry[]): QueueProgress {
  return { resolved: entries.filter((e) => isResolved(e.status)).length, total: entries.length }
}

/** The next unresolved group after the group `afterKey` in queue order (by key: a group resolved
 *  just now has a new entry id), wrapping around; null when none. */
export function nextUnresolved(entries: readonly QueueEntry[], afterKey: string | null): QueueEntry | null {
  const open = (e: QueueEntry): boolean => e.open && !isResolved(e.status)
  const at = afterKey === null ? -1 : entries.findIndex((e) => e.key === afterKey)
  return entries.slice(at + 1).find(open) ?? entries.slice(0, at + 1).find(open) ?? null
}
