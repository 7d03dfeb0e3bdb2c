// Lint: what a user should fix in one agent file, as values with a code, a line and a message.
// Parse diagnostics (doc.diagnostics) stay separate; a finding already reported there with the
// same code and line is not repeated. The unclosed fence is reported by the parser.

import type { AgentDocument, Diagnostic } from '../model'
import { lintBody } from './lint-body'
import { lintFrontmatter } from './lint-frontmatter'
import { lintFrontmatterText } from './lint-frontmatter-text'

export function lintDocument(doc: AgentDocument): readonly Diagnostic[] {
  const already = new Set(doc.diagnostics.map((d) => `${d.code}@${d.line}`))
  const findings = [...lintFrontmatter(doc), ...lintFrontmatterText(doc), ...lintBody(doc)].filter((d) => !already.has(`${d.code}@${d.line}`))
  return findings.sort((a, b) => a.line - b.line)
}
