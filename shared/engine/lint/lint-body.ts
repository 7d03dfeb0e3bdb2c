// Body checks: empty sections, repeated section titles under one parent.

import type { AgentDocument, Diagnostic } from '../model'
import { normaliseTitle } from '../outline/normalise-title'
import { hasNonSpace } from './white-space'

export function lintBody(doc: AgentDocument): Diagnostic[] {
  const out: Diagnostic[] = []
  const sections = doc.sections
  // Per parent (-1: the top level), the line of the first section with each normalised title:
  // a map per parent, not a key string per section.
  const seen = new Map<number, Map<string, number>>()
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!
    if (section.kind === 'preamble') continue
    const next = sections[index + 1]
    const hasChildren = next !== undefined && next.parent === index
    if (!hasChildren && !hasContent(doc.text, section)) {
      out.push({ severity: 'info', code: 'empty-section', line: section.line, message: `section "${section.title}" has no content.` })
    }
    const parent = section.parent ?? -1
    let lines = seen.get(parent)
    if (lines === undefined) seen.set(parent, (lines = new Map()))
    const title = normaliseTitle(section.title)
    const first = lines.get(title)
    if (first !== undefined) {
      out.push({ severity: 'warning', code: 'duplicate-section-title', line: section.line, message: `section "${section.title}" repeats the title on line ${first}; merge them or rename one.` })
    } else lines.set(title, section.line)
  }
  return out
}

/** Whether the section holds text besides its heading; a numbered item (`1. **Title**: text`)
 *  carries text on its heading line. */
function hasContent(text: string, section: AgentDocument['sections'][number]): boolean {
  if (hasNonSpace(text, section.headingEnd, section.end)) return true
  if (section.kind !== 'item') return false
  const heading = text.slice(section.start, section.headingEnd)
  const close = heading.indexOf('**', heading.indexOf('**') + 2)
  return close !== -1 && heading.slice(close + 2).replace(/^[\s:\u2013\u2014-]+/, '').trim().length > 0
}
