// proposeMerge: a complete recipe for a group by a named policy (docs/consolidate.md), with a
// reason for every row and key and the list of everything it leaves out.

import type { AlignedRows } from '../align/aligned-rows'
import { DocumentTokens } from '../align/document-tokens'
import { variantsByCompleteness } from '../align/variant-rank'
import type { AgentDocument } from '../model'
import { keyIdentity } from '../recipe/key-identity'
import { RECIPE_VERSION, type KeyPick, type Choice, type Recipe, type RowPick } from '../recipe/recipe-model'
import { rowIdentity } from '../recipe/section-identity'
import { chooseBase } from './choose-base'
import type { MergeProposal, ProposeOptions } from './consolidate-model'
import { proposeKeys } from './propose-keys'
import { proposeRows } from './propose-rows'

/** `tokens`: the token sets the alignment was made with (alignRows' `tokens`), so that the
 *  documents are not read again to compare section bodies. */
export function proposeMerge(docs: readonly AgentDocument[], alignment: AlignedRows, options: ProposeOptions = {}, tokens = new DocumentTokens()): MergeProposal {
  const policy = options.policy ?? 'propose'
  const { base, reason: baseReason } = chooseBase(docs, policy, options.mtimes)
  const extend = policy === 'propose'
  const note = `not in the base (policy ${policy} takes everything from one variant)`
  const rows = proposeRows(docs, alignment, base, extend, note, tokens)
  const keys = proposeKeys(docs, alignment, base, variantsByCompleteness(docs), extend, note)
  const hashes = options.recipeHashes ?? true
  const pickOf = (variant: number | null): Choice => (variant === null ? { kind: 'omit' } : { kind: 'variant', variant })
  const rowPicks: RowPick[] = rows.order.map((index) => {
    const row = alignment.rows[index]!
    return {
      row: row.id,
      pick: pickOf(rows.taken[index]!),
      ...rowIdentity(row, docs, hashes),
    }
  })
  const keyPicks: KeyPick[] = keys.order.map((index) => {
    const key = alignment.keys[index]!
    return { key: key.key, pick: pickOf(keys.taken[index]!), ...keyIdentity(key, hashes) }
  })
  const recipe: Recipe = {
    version: RECIPE_VERSION,
    sources: docs.map((doc) => ({ path: doc.path, hash: doc.hash })),
    keys: keyPicks,
    rows: rowPicks,
    base,
  }
  return { policy, recipe, base, baseReason, rows: rows.decisions, keys: keys.decisions, leftOut: [...keys.leftOut, ...rows.leftOut] }
}
