// Section keys: the slug path of titles (`core-responsibilities/system-architecture`), unique
// within the document thanks to `~2`, `~3` suffixes on repeats; `preamble` for the preamble.

import { slugsOfTitles } from './normalise-title'

export interface KeyInput {
  readonly title: string
  readonly kind: string
  readonly parent: number | null
}

/** Beyond this many sections between a section and its parent, repeats are counted in a map. */
const SCAN_LIMIT = 48

export function sectionKeys(sections: readonly KeyInput[]): string[] {
  const keys: string[] = []
  const slugs: string[] = []
  // Repeats are counted per parent by own slug: the parent's key is already unique, so this is
  // the same as counting whole paths, without hashing every long path string. Most parents have
  // a few children: scanning back over the earlier sections is cheaper than a map per parent; a
  // parent with many sections under it gets a map (built once from the scan), so the work stays
  // linear on pathological input.
  const usedByParent: (Map<string, number> | undefined)[] = []
  const titled = slugsOfTitles(sections.filter((s) => s.kind !== 'preamble').map((s) => s.title))
  let nextTitled = 0
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!
    const parent = section.parent
    const own = section.kind === 'preamble' ? 'preamble' : titled[nextTitled++]!
    slugs.push(own)
    const slot = parent === null ? 0 : parent + 1
    let used = usedByParent[slot]
    let count: number
    if (used === undefined && index - slot <= SCAN_LIMIT) {
      count = 1
      for (let k = index - 1; k >= slot; k--) if (sections[k]!.parent === parent && slugs[k] === own) count++ // numbers first: cheaper than strings
    } else {
      if (used === undefined) usedByParent[slot] = used = siblingCounts(sections, slugs, parent, slot, index)
      count = (used.get(own) ?? 0) + 1
      used.set(own, count)
    }
    const unique = count === 1 ? own : `${own}~${count}`
    keys.push(parent === null ? unique : `${keys[parent]!}/${unique}`)
  }
  return keys
}

/** Counts of the slugs of the sections in [from, to) whose parent is `parent`. */
function siblingCounts(sections: readonly KeyInput[], slugs: readonly string[], parent: number | null, from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let k = from; k < to; k++) if (sections[k]!.parent === parent) counts.set(slugs[k]!, (counts.get(slugs[k]!) ?? 0) + 1)
  return counts
}
