// Body checks: empty sections, repeated section titles under one parent.

import type { AgentDocument, Diagnostic } from '../model'
import { normaliseTitle } from '../outline/normalise-title'

export function lintBody(doc: AgentDocument): Diagnostic[] {
  const out: Diagnostic[] = []
  const seen = new Map<string, number>()
  doc.sections.forEach((section, index) => {
    if (section.kind === 'preamble') return
    const next = doc.sections[index + 1]
    const hasChildren = next !== undefined && next.parent === index
    if (!hasChildren && !hasContent(doc.text, section)) {
      out.push({ severity: 'info', code: 'empty-section', line: section.line, message: `section "${section.title}" has no content.` })
    }
    const titleKey = `${section.parent ?? -1}\u0000${normaliseTitle(section.title)}`
    const first = seen.get(titleKey)
    if (first !== undefined) {
      out.push({ severity: 'warning', code: 'duplicate-section-title', line: section.line, message: `section "${section.title}" repeats the title on line ${first}; merge them or rename one.` })
    } else seen.set(titleKey, section.line)
  })
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

/** Whether `text[from..to)` holds anything `trim()` would keep, without copying the section. */
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimmedAway(text.charCodeAt(i))) return true
  return false
}

/** ECMAScript white space and line terminators: what `String.prototype.trim` removes. */
function isTrimmedAway(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}
