// Whether one section of a document lies under another: its parent links, followed up.

import type { AgentDocument } from '../model'

/** Whether section `index` lies under section `ancestor` (a bounded walk up its parents). */
export function sectionWithin(doc: AgentDocument, index: number, ancestor: number): boolean {
  let at = doc.sections[index]?.parent ?? null
  for (let hops = 0; at !== null && hops < doc.sections.length; hops++) {
    if (at === ancestor) return true
    at = doc.sections[at]?.parent ?? null
  }
  return false
}
