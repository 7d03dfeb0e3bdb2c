// Model back to text. Rebuilt from the pieces (BOM, frontmatter span, section spans), not
// copied from `doc.text`, so that the round-trip test checks the spans really tile the file.

import type { AgentDocument } from '../model'

export function serializeDocument(doc: AgentDocument): string {
  let out = doc.bom ? '\uFEFF' : ''
  const fm = doc.frontmatter
  if (fm) out += doc.text.slice(fm.start, fm.end)
  for (const section of doc.sections) out += doc.text.slice(section.start, section.end)
  return out
}
