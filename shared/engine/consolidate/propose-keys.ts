// Key decisions of a proposal. The base's keys are taken as they are. A key only other variants
// have is taken from the most complete of them when the base's format reads it; permission-like
// keys (`tools`, `allowed-tools`, ...) are never taken from another variant: adding a tool widens
// what the agent may do, so extra tools are listed as left out, not taken. A `name` the base
// lacks is taken only when the result keeps an identity of the group's files.

import type { KeyCell, KeyRow } from '../alignment-model'
import type { AlignedRows } from '../align/aligned-rows'
import { KNOWN_KEYS } from '../lint/known-keys'
import type { AgentDocument, AgentFormat } from '../model'
import { sameValue, scalarString } from '../parse/frontmatter-values'
import { identityOf } from '../parse/identity'
import { orderForVariant } from '../recipe/variant-order'
import type { KeyDecision, LeftOut } from './consolidate-model'
import { variantList, variantsWith } from './words'

/** Keys that grant or limit what an agent may do. */
export const PERMISSION_KEYS: ReadonlySet<string> = new Set([
  'tools', 'allowed-tools', 'allowedTools', 'disallowedTools', 'disallowed-tools', 'permissionMode', 'permission', 'permissions', 'mcpServers', 'mcp-servers',
])

export interface KeyProposal {
  readonly order: readonly number[]
  readonly taken: readonly (number | null)[]
  readonly decisions: readonly KeyDecision[]
  readonly leftOut: readonly LeftOut[]
}

export function proposeKeys(docs: readonly AgentDocument[], alignment: AlignedRows, base: number, rank: readonly number[], extend: boolean, policyNote: string): KeyProposal {
  const keys = alignment.keys
  const order = orderForVariant(keys.map((k) => k.cells[base]?.index ?? null))
  const taken: (number | null)[] = new Array(keys.length).fill(null)
  const decisions: KeyDecision[] = []
  const leftOut: LeftOut[] = []
  const known = knownKeys(docs[base]?.format ?? 'generic')
  const readsAnyKey = known.size === 0
  for (const index of order) {
    const row = keys[index]!
    const having = variantsWith(row.cells)
    const where = having.length === 1 ? `only in ${having[0]! + 1}` : `in ${variantList(having)}, not in the base`
    let variant: number | null = null
    let reason: string
    if (row.cells[base]) {
      variant = base
      reason = `in the base (${base + 1})`
    } else if (!extend) {
      reason = `${where}: ${policyNote}: left out`
    } else if (PERMISSION_KEYS.has(row.key)) {
      reason = `${where}: a permission the base does not set; taking it would change what the agent may do: left out`
    } else if (!readsAnyKey && !known.has(row.key)) {
      reason = `${where}: not a key ${docs[base]!.format} reads: left out`
    } else {
      const from = row.key === 'name' ? having.filter((v) => namesTheGroup(docs, base, row.cells[v]!)) : having
      if (from.length === 0) {
        reason = `${where}: no file of the group goes by that name; taking it would make the result another agent: left out`
      } else {
        variant = rank.find((v) => from.includes(v)) ?? from[0]!
        reason = having.length === 1 ? where : `${where}: taken from ${variant + 1}`
      }
    }
    taken[index] = variant
    decisions.push({ key: row.key, taken: variant, reason })
    if (variant === null) leftOut.push({ kind: 'key', key: row.key, variants: having, reason })
    else leftOut.push(...otherValues(row, variant))
  }
  return { order, taken, decisions, leftOut }
}

/** Whether the base named by this `name` would still be one of the group's agents: the identity
 *  it gives the result is one of the files' own (a copilot `helper.agent.md` may say `name:
 *  reviewer`, grouped by its file name: the merged `helper.md` named reviewer would be another
 *  agent, defined twice with the files of that name outside the group). */
function namesTheGroup(docs: readonly AgentDocument[], base: number, cell: KeyCell): boolean {
  const identity = identityOf(docs[base]!.format, scalarString(cell.value), docs[base]!.path)
  return docs.some((d) => d.identity === identity)
}

const knownKeySets = new Map<AgentFormat, ReadonlySet<string>>()

/** The keys a format reads, as a set made once per format. */
function knownKeys(format: AgentFormat): ReadonlySet<string> {
  let known = knownKeySets.get(format)
  if (known === undefined) knownKeySets.set(format, (known = new Set(KNOWN_KEYS[format])))
  return known
}

/** What other variants have for a taken key that the result does not: extra list items for
 *  permission-like lists, other values for the rest. */
function otherValues(row: KeyRow, taken: number): LeftOut[] {
  const mine = row.cells[taken]!
  const out: LeftOut[] = []
  const differing: number[] = []
  row.cells.forEach((cell, v) => {
    if (cell === null || v === taken || sameValue(cell.value, mine.value)) return
    if (cell.items !== null && mine.items !== null) {
      const have = new Set(mine.items)
      const extra = cell.items.filter((item) => !have.has(item))
      if (extra.length > 0) {
        const what = PERMISSION_KEYS.has(row.key) ? 'adding them would widen what the agent may do' : `${taken + 1}'s list is taken`
        out.push({ kind: 'items', key: row.key, variant: v, items: extra, reason: `${v + 1} also has ${extra.join(', ')}: ${what}` })
      }
      // A list with fewer items than the taken one loses nothing.
      return
    }
    differing.push(v)
  })
  if (differing.length > 0) out.push({ kind: 'key', key: row.key, variants: differing, reason: `${variantList(differing)} ${differing.length === 1 ? 'has' : 'have'} another value; ${taken + 1}'s is taken` })
  return out
}
