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
  const used = new Map<string, number>()
  for (const section of sections) {
    const own = section.kind === 'preamble' ? 'preamble' : slugOfTitle(section.title)
    const base = section.parent === null ? own : `${keys[section.parent]!}/${own}`
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    keys.push(count === 1 ? base : `${base}~${count}`)
  }
  return keys
}
