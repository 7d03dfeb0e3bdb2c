// A rename that would write over a file, or leave a name defined twice again, is not carried
// out: its group is left unresolved, saying why. A saved rename may be older than the files
// (or edited by hand); in place the run would stop at the occupied path, and --out would write
// over that file's copy.

import { relativeTo, type GroupPlan } from '../../shared/engine/consolidate'
import { parseUnhashed } from './engine'
import type { LoadedDocument } from './load-documents'

interface Outcome {
  readonly members: readonly LoadedDocument[]
  readonly plan: GroupPlan
}

/** `files`: every agent file of the folder (read or not); `docs`: those read. */
export function withoutRenameClashes<T extends Outcome>(folder: string, outcomes: readonly T[], files: readonly string[], docs: readonly LoadedDocument[]): T[] {
  const rel = (path: string): string => relativeTo(folder, path) ?? path
  const occupied = new Set(files)
  const goesBy = new Map<string, string[]>()
  const add = (identity: string, path: string): void => {
    const paths = goesBy.get(identity)
    if (paths === undefined) goesBy.set(identity, [path])
    else paths.push(path)
  }
  for (const d of docs) add(d.doc.identity, d.doc.path)

  /** Why the rename cannot be carried out; `identities`: what each written file goes by. */
  const clash = (plan: Extract<GroupPlan, { kind: 'rename' }>, members: readonly LoadedDocument[], identities: readonly string[]): string | null => {
    const own = new Set(plan.archive)
    const renamed = new Set<string>()
    for (const [i, w] of plan.writes.entries()) {
      const from = rel(members[w.from]!.doc.path)
      if (!own.has(w.path) && occupied.has(w.path)) return `${from} would be written at ${rel(w.path)}, another file of the folder`
      const identity = identities[i]!
      const other = goesBy.get(identity)?.find((p) => !own.has(p))
      if (other !== undefined) return `${from} renamed would go by "${identity}", as ${rel(other)} does`
      if (renamed.has(identity)) return `two files renamed would go by "${identity}"`
      renamed.add(identity)
    }
    return null
  }

  return outcomes.map((o) => {
    if (o.plan.kind !== 'rename') return o
    const identities = o.plan.writes.map((w) => parseUnhashed(w.text, w.path).identity)
    const why = clash(o.plan, o.members, identities)
    if (why !== null) return { ...o, plan: { kind: 'unresolved', why } }
    o.plan.writes.forEach((w, i) => {
      occupied.add(w.path)
      add(identities[i]!, w.path)
    })
    return o
  })
}
