// How a group's decision is saved in the opened folder, so the app and `agent-merge consolidate`
// share it: one JSON file per group in `<folder>/.agent-merge/recipes/`, named by the group's key
// (docs/consolidate.md). Paths inside are relative to the folder, '/'-separated, so the folder
// can move. Pure: reading and writing the files is the host's job.

import { forwardSlashes } from '../forward-slashes'
import { sha256Hex } from '../hash'
import type { Recipe } from '../recipe/recipe-model'
import { validateRecipe } from '../recipe/validate-recipe'
import { MERGE_POLICIES, type MergePolicy } from './consolidate-model'

export const DECISIONS_FOLDER = '.agent-merge/recipes'
export const DECISION_VERSION = 1

export type Resolution =
  /** Written from `recipe` (its source paths relative to the folder); `proposed` when it is a
   *  policy's proposal accepted as is. */
  | { readonly kind: 'merge'; readonly recipe: Recipe; readonly policy?: MergePolicy; readonly proposed?: boolean }
  /** That member stays; the others are archived. */
  | { readonly kind: 'keep'; readonly keep: string }
  /** Every member stays under a new name (and file name where the file carried the old one). */
  | { readonly kind: 'rename'; readonly renames: readonly { readonly path: string; readonly name: string }[] }
  /** Left as it is on purpose. */
  | { readonly kind: 'skip' }

export interface SavedDecision {
  readonly version: typeof DECISION_VERSION
  /** The group's key (`DocumentGroup.key`), e.g. `backend-architect`. */
  readonly group: string
  /** The members when decided: relative path and SHA-256 of the text. */
  readonly members: readonly { readonly path: string; readonly hash: string }[]
  readonly resolution: Resolution
  /** ISO 8601 time of the decision. */
  readonly savedAt: string
}

/** `backend-architect` -> `backend-architect.json`; a key with other characters gets a slug and
 *  a short hash, so two keys never share a file and every name is safe on every file system. */
export function decisionFileName(groupKey: string): string {
  const slug = groupKey.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[.-]+|-+$/g, '').slice(0, 80)
  return slug === groupKey && slug !== '' ? `${slug}.json` : `${slug || 'group'}-${sha256Hex(groupKey).slice(0, 8)}.json`
}

/** `path` relative to `folder` ('/'-separated), or null when it is not inside it. Asked for every
 *  file of every group a report names: no pattern runs over a path without a backslash. */
export function relativeTo(folder: string, path: string): string | null {
  const f = folderPrefix(folder)
  const p = forwardSlashes(path)
  return p.length > f.length && p.charCodeAt(f.length) === SLASH && p.startsWith(f) ? p.slice(f.length + 1) : null
}

export function resolveIn(folder: string, relative: string): string {
  return `${folderPrefix(folder)}/${relative}`
}

const SLASH = 47

/** The folder with forward slashes and no trailing ones. */
function folderPrefix(folder: string): string {
  const f = forwardSlashes(folder)
  let end = f.length
  while (end > 0 && f.charCodeAt(end - 1) === SLASH) end--
  return end === f.length ? f : f.slice(0, end)
}

export function serializeDecision(decision: SavedDecision): string {
  return `${JSON.stringify(decision, null, 2)}\n`
}

export type ParsedDecision = { readonly ok: true; readonly decision: SavedDecision } | { readonly ok: false; readonly error: string }

export function parseSavedDecision(text: string): ParsedDecision {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` }
  }
  if (!isObject(data)) return { ok: false, error: 'a saved decision is a JSON object' }
  if (data.version !== DECISION_VERSION) return { ok: false, error: `version must be ${DECISION_VERSION}` }
  if (typeof data.group !== 'string' || data.group === '') return { ok: false, error: '"group" must be the group key' }
  if (typeof data.savedAt !== 'string') return { ok: false, error: '"savedAt" must be an ISO time' }
  const members = data.members
  if (!Array.isArray(members) || !members.every((m) => isObject(m) && isRelative(m.path) && typeof m.hash === 'string')) {
    return { ok: false, error: '"members" must list { path, hash } with paths relative to the folder' }
  }
  const resolution = parseResolution(data.resolution)
  if (typeof resolution === 'string') return { ok: false, error: resolution }
  return { ok: true, decision: { version: DECISION_VERSION, group: data.group, members: members as SavedDecision['members'], resolution, savedAt: data.savedAt } }
}

function parseResolution(value: unknown): Resolution | string {
  if (!isObject(value)) return '"resolution" must be an object with a "kind"'
  switch (value.kind) {
    case 'merge': {
      const parsed = validateRecipe(value.recipe)
      if (!parsed.ok) return `"resolution.recipe${parsed.errors[0]!.path}": ${parsed.errors[0]!.message}`
      if (!parsed.recipe.sources.every((s) => isRelative(s.path))) return '"resolution.recipe.sources" paths must be relative to the folder'
      if (value.policy !== undefined && !MERGE_POLICIES.includes(value.policy as MergePolicy)) return `"resolution.policy" must be one of ${MERGE_POLICIES.join(', ')}`
      return { kind: 'merge', recipe: parsed.recipe, ...(value.policy === undefined ? {} : { policy: value.policy as MergePolicy }), ...(value.proposed === true ? { proposed: true } : {}) }
    }
    case 'keep':
      return isRelative(value.keep) ? { kind: 'keep', keep: value.keep } : '"resolution.keep" must be a path relative to the folder'
    case 'rename': {
      const renames = value.renames
      if (!Array.isArray(renames) || !renames.every((r) => isObject(r) && isRelative(r.path) && typeof r.name === 'string')) return '"resolution.renames" must list { path, name }'
      return { kind: 'rename', renames: renames as { path: string; name: string }[] }
    }
    case 'skip':
      return { kind: 'skip' }
    default:
      return '"resolution.kind" must be merge, keep, rename or skip'
  }
}

function isRelative(path: unknown): path is string {
  return typeof path === 'string' && path !== '' && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..')
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}
