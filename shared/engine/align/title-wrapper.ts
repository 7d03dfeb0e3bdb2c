// Many files wrap their whole body in one title heading (`# Performance Engineer` with every
// other heading below it); their copies elsewhere often do not. Aligning level by level would
// then never compare the wrapped sections with the others' top-level ones. So when some variants
// have such a wrapper and others do not, the others' top-level sections are aligned as children
// of the wrapper row instead.

import type { AgentDocument } from '../model'
import type { OutlineFeatures } from './section-features'

/** Text before a title heading is at most a line or two (a badge, a comment). */
const MAX_PREAMBLE_CHARS = 300

/** The index of the document's title wrapper: its only top-level section besides the preamble,
 *  an ATX heading with children, with nothing of substance before it (a preamble with its own
 *  pseudo-headings or much text is the body, and a lone heading after it is just its last
 *  section). null when the document has none. */
export function titleWrapper(doc: AgentDocument): number | null {
  let only: number | null = null
  let hasChildren = false
  for (let i = 0; i < doc.sections.length; i++) {
    const section = doc.sections[i]!
    if (section.parent === null) {
      if (section.kind === 'preamble') {
        if (doc.text.slice(section.start, section.end).trim().length > MAX_PREAMBLE_CHARS) return null
        continue
      }
      if (only !== null || section.kind !== 'atx') return null
      only = i
    } else if (doc.sections[section.parent]!.kind === 'preamble') return null
    else if (section.parent === only) hasChildren = true
  }
  return hasChildren ? only : null
}

export interface TopLevelPlan {
  /** Per variant, the sections aligned at the top level. */
  readonly topLevel: readonly (readonly number[])[]
  /** Per variant, the top-level sections to align as children of the first wrapper row instead
   *  (empty for variants with a wrapper, and when no variant has one). */
  readonly adopted: readonly (readonly number[])[]
}

export function planTopLevel(docs: readonly AgentDocument[], features: readonly OutlineFeatures[]): TopLevelPlan {
  const topLevel = features.map((f) => f.children[f.children.length - 1]!)
  const wrappers = docs.map((doc) => titleWrapper(doc))
  const someWrapped = wrappers.some((w) => w !== null)
  const someOpen = docs.some((doc, v) => wrappers[v] === null && topLevel[v]!.some((i) => doc.sections[i]!.kind !== 'preamble'))
  // A wrapper whose title an unwrapped variant also has at its top level is an ordinary section.
  const openTitles = new Set(docs.flatMap((_, v) => (wrappers[v] === null ? topLevel[v]!.map((i) => features[v]!.sections[i]!.titleKey) : [])))
  const wrapperMatches = wrappers.some((w, v) => w !== null && openTitles.has(features[v]!.sections[w]!.titleKey))
  if (!someWrapped || !someOpen || wrapperMatches) return { topLevel, adopted: docs.map(() => []) }
  return {
    topLevel: topLevel.map((list, v) => (wrappers[v] === null ? list.filter((i) => docs[v]!.sections[i]!.kind === 'preamble') : list)),
    adopted: topLevel.map((list, v) => (wrappers[v] === null ? list.filter((i) => docs[v]!.sections[i]!.kind !== 'preamble') : [])),
  }
}
