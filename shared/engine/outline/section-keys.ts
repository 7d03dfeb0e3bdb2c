// Section keys: the slug path of titles (`core-responsibilities/system-architecture`), unique
// within the document thanks to `~2`, `~3` suffixes on repeats; `preamble` for the preamble.

import { slugsOfTitles } from './normalise-title'

export interface KeyInput {
  readonly title: string
  readonly kind: string
  readonly parent: number | null
}

/** A parent with more children than this counts their repeats in a map. */
const SCAN_LIMIT = 32

export function sectionKeys(sections: readonly KeyInput[]): string[] {
  const keys: string[] = []
  const slugs: string[] = []
  // Repeats are counted among siblings by own slug: the parent's key is already unique, so this
  // is the same as counting whole paths, without hashing every long path string. Each section
  // links to its previous sibling, and a new one compares its slug with its siblings' only (most
  // parents have a few children); a parent with many children gets a map (built once from its
  // chain), so the work stays linear on pathological input.
  const previousSibling: number[] = []
  const lastChild: number[] = [] // by slot: 0 for the top level, parent + 1 under a parent
  const childCount: number[] = []
  const usedByParent: (Map<string, number> | undefined)[] = []
  const titles: string[] = []
  for (const section of sections) if (section.kind !== 'preamble') titles.push(section.title)
  const titled = slugsOfTitles(titles)
  let nextTitled = 0
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!
    const parent = section.parent
    const own = section.kind === 'preamble' ? 'preamble' : titled[nextTitled++]!
    slugs.push(own)
    const slot = parent === null ? 0 : parent + 1
    const previous = lastChild[slot] ?? -1
    previousSibling.push(previous)
    lastChild[slot] = index
    const siblings = childCount[slot] ?? 0
    childCount[slot] = siblings + 1
    let used = usedByParent[slot]
    let count: number
    if (used === undefined && siblings <= SCAN_LIMIT) {
      count = 1
      for (let k = previous; k !== -1; k = previousSibling[k]!) if (slugs[k] === own) count++
    } else {
      if (used === undefined) usedByParent[slot] = used = siblingCounts(slugs, previousSibling, previous)
      count = (used.get(own) ?? 0) + 1
      used.set(own, count)
    }
    const unique = count === 1 ? own : `${own}~${count}`
    keys.push(parent === null ? unique : `${keys[parent]!}/${unique}`)
  }
  return keys
}

/** Counts of the slugs along a sibling chain, from `last` back to the first sibling. */
function siblingCounts(slugs: readonly string[], previousSibling: readonly number[], last: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let k = last; k !== -1; k = previousSibling[k]!) counts.set(slugs[k]!, (counts.get(slugs[k]!) ?? 0) + 1)
  return counts
}
