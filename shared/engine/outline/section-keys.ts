// Section keys: the slug path of titles (`core-responsibilities/system-architecture`), unique
// within the document thanks to `~2`, `~3` suffixes on repeats; `preamble` for the preamble.

import { slugOfTitle } from './normalise-title'

export interface KeyInput {
  readonly title: string
  readonly kind: string
  readonly parent: number | null
}

export function sectionKeys(sections: readonly KeyInput[]): string[] {
  const keys: string[] = []
  // Repeats are counted per parent by own slug: the parent's key is already unique, so this is
  // the same as counting whole paths, without hashing every long path string.
  const usedByParent: (Map<string, number> | undefined)[] = []
  for (const section of sections) {
    const own = section.kind === 'preamble' ? 'preamble' : slugOfTitle(section.title)
    const slot = section.parent === null ? 0 : section.parent + 1
    let used = usedByParent[slot]
    if (used === undefined) usedByParent[slot] = used = new Map<string, number>()
    const count = (used.get(own) ?? 0) + 1
    used.set(own, count)
    const unique = count === 1 ? own : `${own}~${count}`
    keys.push(section.parent === null ? unique : `${keys[section.parent]!}/${unique}`)
  }
  return keys
}
