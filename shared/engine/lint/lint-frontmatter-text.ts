// Text in a frontmatter that YAML reads as a comment, which tools therefore never see: a Markdown
// heading between the keys (often the document's title), and ` #` inside a plain value (`hit #1
// on the App Store`), where YAML cuts the value. Where strict YAML rejects the value anyway, the
// repair reads its ` #` as text; that is said too, so the user knows what a merge writes.

import type { AgentDocument, Diagnostic, FrontmatterEntry } from '../model'
import { readKeyLine } from '../parse/key-line'
import { keyForMessage } from '../parse/plain-scalar'

export function lintFrontmatterText(doc: AgentDocument): Diagnostic[] {
  const fm = doc.frontmatter
  if (!fm) return []
  const out: Diagnostic[] = []
  const block = doc.text.slice(fm.start, fm.end)
  if (block.includes('#')) {
    headingLines(doc, block, out)
    for (const entry of fm.entries) valueComment(entry, out)
  }
  return out
}

// Greedy to the line's end, trailing blanks cut after: a lazy `(\S.*?)[ \t]*$` backtracked over
// every blank of a run, 17 s of `check` for one 60,000-space comment line.
const HEADING = /^(#{1,6})[ \t]+(\S.*)$/

function trimBlanksEnd(s: string): string {
  let end = s.length
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--
  return s.slice(0, end)
}

/** `# Title` lines between the keys (not commented-out keys such as `# model: opus`). */
function headingLines(doc: AgentDocument, block: string, out: Diagnostic[]): void {
  const firstLine = lineOf(doc.text, doc.frontmatter!.start)
  const lines = block.split(/\r?\n|\r/)
  for (let i = 1; i < lines.length; i++) {
    const match = HEADING.exec(lines[i]!)
    if (!match) continue
    const title = trimBlanksEnd(match[2]!)
    if (readKeyLine(title, 0, title.length) !== null) continue
    out.push({
      severity: 'info', code: 'frontmatter-heading', line: firstLine + i,
      message: `\`${shorten(lines[i]!.trim())}\` is a Markdown heading inside the frontmatter: YAML reads it as a comment, so tools never show it. If it is the document's title, move it below the closing \`---\`; a merge keeps it where it is, as a comment.`,
    })
  }
}

/** A plain value holding ` #`: cut there by YAML (strict block), or read as text by the repair. */
function valueComment(entry: FrontmatterEntry, out: Diagnostic[]): void {
  const at = hashInPlainValue(entry.raw)
  if (at === -1) return
  const key = keyForMessage(entry.key)
  const rest = shorten(entry.raw.slice(at).split(/\r?\n/)[0]!.trim())
  if (entry.strictValid) {
    out.push({ severity: 'warning', code: 'value-holds-comment', line: entry.line, message: `YAML reads the value of \`${key}\` only up to \` #\`: \`${rest}\` is a comment to it, and tools never see it. If it is text, quote the value.` })
  } else if (typeof entry.value === 'string' && entry.value.includes('#')) {
    out.push({ severity: 'info', code: 'value-hash-read-as-text', line: entry.line, message: `the value of \`${key}\` holds \` #\`, which YAML would read as the start of a comment; strict YAML rejects this value anyway, so \`${rest}\` was read as text, and a merge writes it quoted.` })
  }
}

/** Offset in `raw` of a `#` after a blank in the key line's plain value (not quoted, not a flow or
 *  block collection), with text before it on that line; -1 when there is none. */
function hashInPlainValue(raw: string): number {
  const lineEnd = raw.search(/\r?\n|$/)
  const key = readKeyLine(raw, 0, lineEnd)
  if (key === null) return -1
  let start = key.colonEnd
  while (raw[start] === ' ' || raw[start] === '\t') start++
  if (start >= lineEnd || '"\'[{|>#'.includes(raw[start]!)) return -1
  for (let i = raw.indexOf('#', start); i !== -1 && i < lineEnd; i = raw.indexOf('#', i + 1)) {
    const before = raw[i - 1]
    if ((before === ' ' || before === '\t') && i + 1 < lineEnd) return i
  }
  return -1
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
