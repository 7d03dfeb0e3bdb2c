// What a draft holds: the recipe in progress plus the few UI bits worth restoring. Read back
// defensively: a draft written by another version or damaged on disk is ignored, never trusted.
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import { validateRecipe } from '../../../shared/engine/recipe/validate-recipe'
import type { ColumnLayout } from '../state/columns'
import type { RowRef } from '../state/row-ref'

export const DRAFT_DATA_VERSION = 1

export interface DraftData {
  readonly version: typeof DRAFT_DATA_VERSION
  /** The group's source paths, to tell the user what the draft was for. */
  readonly paths: readonly string[]
  readonly recipe: Recipe
  readonly focusedRow: RowRef | null
  /** Column order and hidden columns of the compare view; null when unknown. */
  readonly columns: ColumnLayout | null
}

export function makeDraftData(paths: readonly string[], recipe: Recipe, focusedRow: RowRef | null, columns: ColumnLayout | null = null): DraftData {
  return { version: DRAFT_DATA_VERSION, paths: [...paths], recipe, focusedRow, columns }
}

/** A layout for `count` variants: `order` a permutation of 0..count-1, `hidden` some of them (not all). */
export function readColumns(value: unknown, count: number): ColumnLayout | null {
  if (!value || typeof value !== 'object') return null
  const v = value as { order?: unknown; hidden?: unknown }
  const isIndex = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < count
  if (!Array.isArray(v.order) || !Array.isArray(v.hidden)) return null
  if (v.order.length !== count || !v.order.every(isIndex) || new Set(v.order).size !== count) return null
  if (!v.hidden.every(isIndex) || new Set(v.hidden).size !== v.hidden.length || v.hidden.length >= count) return null
  return { order: v.order as number[], hidden: v.hidden as number[] }
}

function readRowRef(value: unknown): RowRef | null {
  if (!value || typeof value !== 'object') return null
  const v = value as { kind?: unknown; key?: unknown; row?: unknown; id?: unknown }
  if (v.kind === 'key' && typeof v.key === 'string') return { kind: 'key', key: v.key }
  if (v.kind === 'section' && typeof v.row === 'string') return { kind: 'section', row: v.row }
  // Drafts written before keys and sections shared one reference named a section { kind: 'row', id }.
  if (v.kind === 'row' && typeof v.id === 'string') return { kind: 'section', row: v.id }
  return null
}

export function readDraftData(data: unknown): DraftData | null {
  if (!data || typeof data !== 'object') return null
  const d = data as { version?: unknown; paths?: unknown; recipe?: unknown; focusedRow?: unknown; columns?: unknown }
  if (d.version !== DRAFT_DATA_VERSION || !Array.isArray(d.paths) || !d.paths.every((p) => typeof p === 'string')) return null
  const parsed = validateRecipe(d.recipe)
  if (!parsed.ok) return null
  return {
    version: DRAFT_DATA_VERSION,
    paths: d.paths as string[],
    recipe: parsed.recipe,
    focusedRow: readRowRef(d.focusedRow),
    columns: readColumns(d.columns, d.paths.length),
  }
}
