// Local repairs of frontmatter that strict YAML rejects. Each entry that fails on its own is
// matched against the known shapes; a repair is accepted only when the repaired text is strict
// YAML that yields exactly the value a person reads in the original line.

import type { Diagnostic, FrontmatterEntry, FrontmatterValue } from '../model'
import { ALL_KNOWN_KEYS, CONVERSATION_LABELS } from '../lint/known-keys'
import type { EntrySpan } from './frontmatter-entries'
import { strictValueOfEntry } from './frontmatter-values'
import type { LineTable } from './lines'
import { lineContentEnd, lineStart } from './lines'
import { foldPlainScalar, keyForMessage, quoteYamlString } from './plain-scalar'

export type RepairShape = 'alias-value' | 'colon-in-plain-value' | 'column-zero-continuation' | 'tab-indentation'

/** How an entry was read: a repair shape, or `...` lines inside it left out (reported once per line by the block's reader). */
export type EntryShape = RepairShape | 'document-end-inside'

export interface EntryReading {
  readonly entry: FrontmatterEntry
  /** Strict YAML text standing for the entry (the raw text itself when it was already valid). */
  readonly repairedRaw: string
  /** How it was repaired; null when valid as written; 'unrepairable' when no shape fits. */
  readonly shape: EntryShape | 'unrepairable' | null
  readonly diagnostics: readonly Diagnostic[]
}

/** Folds pseudo-entries such as `user: "..."` / `assistant: "..."` at column 0 into the
 *  plain-text entry above them: they are a description continued, not keys. */
export function mergeContinuationEntries(text: string, spans: readonly EntrySpan[]): EntrySpan[] {
  const merged: EntrySpan[] = []
  let stray: number[] = []
  for (const span of spans) {
    const previous = merged[merged.length - 1]
    if (previous && isContinuationKey(span.key) && isPlainText(text, previous)) {
      stray.push(span.keyLine, ...span.strayLines) // one growing array: no copy per merged line
      merged[merged.length - 1] = { ...previous, endLine: span.endLine, end: span.end, strayLines: stray }
    } else {
      merged.push(span)
      stray = [...span.strayLines]
    }
  }
  return merged
}

function isContinuationKey(key: string): boolean {
  if (ALL_KNOWN_KEYS.has(key)) return false
  return CONVERSATION_LABELS.has(key.toLowerCase()) || key.includes(' ') || /^[A-Z]/.test(key)
}

/** Whether the entry's value starts as unquoted text on the key line. */
function isPlainText(text: string, span: EntrySpan): boolean {
  const rest = firstLineRest(text, span).trim()
  return rest.length > 0 && !'"\'[{|>&!'.includes(rest[0]!)
}

/** Whether the value starts with `*` (an alias) while the block defines no anchor (`&`): an
 *  alias with nothing to refer to, which strict YAML always rejects. */
export function danglingAliasValue(text: string, span: EntrySpan, blockHasAnchor: boolean): boolean {
  return !blockHasAnchor && firstLineRest(text, span).trimStart().startsWith('*')
}

/** Whether the entry is a plain value holding `: ` (or a final `:`) before any ` #` comment, on
 *  the key line or on an indented continuation line: YAML always rejects that (a nested
 *  mapping in a compact one), so no parser needs to say so. */
export function plainValueHoldsColon(text: string, span: EntrySpan): boolean {
  const rest = firstLineRest(text, span).trim()
  if (rest.length === 0 || '-?:,[]{}#&*!|>\'"%@`'.includes(rest[0]!)) return false
  if (holdsColon(rest)) return true
  if (span.endLine === span.keyLine + 1) return false // one line: no continuation to look at
  const lines = text.slice(span.start, span.end).split('\n')
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    const content = line.trim()
    if (content.length === 0) continue
    if (line[0] !== ' ' && line[0] !== '\t') return false // column 0: no longer this scalar
    if (content[0] === '#') return false // a comment ends the scalar
    if (holdsColon(content)) return true
  }
  return false
}

function holdsColon(line: string): boolean {
  const comment = line.indexOf(' #')
  const value = comment === -1 ? line : line.slice(0, comment).trimEnd()
  return value.includes(': ') || value.includes(':\t') || value.endsWith(':')
}

function firstLineRest(text: string, span: EntrySpan): string {
  const newline = text.indexOf('\n', span.colonEnd)
  let end = newline === -1 || newline > span.end ? span.end : newline
  if (end > span.colonEnd && text.charCodeAt(end - 1) === 13) end--
  return text.slice(span.colonEnd, end)
}

export function readEntry(text: string, lines: LineTable, span: EntrySpan, eol: string): EntryReading {
  const raw = text.slice(span.start, span.end)
  const line = span.keyLine + 1
  // On its own an entry whose value starts with `*` has no anchor to refer to: invalid for sure.
  const asWritten = plainValueHoldsColon(text, span) || danglingAliasValue(text, span, false) ? undefined : strictValueOfEntry(raw, span.key)
  if (asWritten !== undefined && span.strayLines.length === 0) {
    return { entry: { key: span.key, raw, value: asWritten, line, strictValid: true }, repairedRaw: raw, shape: null, diagnostics: [] }
  }
  const detabbed = hasTabIndent(raw) ? readDetabbed(raw, span) : null
  if (detabbed !== null) return detabbed
  const withoutEnds = span.documentEnds ? readWithoutDocumentEnds(raw, span) : null
  if (withoutEnds !== null) return withoutEnds
  const rest = firstLineRest(text, span)
  const restTrimmed = rest.trim()
  const continuation: string[] = []
  for (let i = span.keyLine + 1; i < span.endLine; i++) continuation.push(text.slice(lineStart(lines, i), lineContentEnd(lines, i)))
  const column = span.colonEnd - lineStart(lines, span.keyLine) + 1 + (rest.length - rest.trimStart().length)

  const shape = repairShape(restTrimmed, continuation, span)
  // Indented continuation lines are a YAML plain scalar: fold them as YAML does. Lines at
  // column 0 have no YAML reading; keep them line by line, as the author wrote them.
  const folded = shape === 'column-zero-continuation' ? joinAsWritten(rest, continuation) : foldPlainScalar(rest, continuation)
  if (shape === null) {
    const value = lenientValue(restTrimmed, continuation, folded)
    const diagnostic: Diagnostic = {
      severity: 'error', code: 'yaml-invalid-entry', line, column,
      message: `strict YAML cannot read the value of \`${keyForMessage(span.key)}\`; it was read as plain text. Rewrite it as a quoted string or a block scalar (\`|\`).`,
    }
    return { entry: { key: span.key, raw, value, line, strictValid: false }, repairedRaw: raw, shape: 'unrepairable', diagnostics: [diagnostic] }
  }
  const keyText = text.slice(span.start + span.indent, span.colonEnd)
  const repairedRaw = `${keyText} ${quoteYamlString(folded)}${eol}`
  const check = strictValueOfEntry(repairedRaw, span.key)
  const exact = check === folded
  const diagnostic: Diagnostic = { severity: 'error', code: shape, line, column, message: shapeMessage(shape, span) }
  return {
    entry: { key: span.key, raw, value: folded, line, strictValid: false },
    repairedRaw: exact ? repairedRaw : raw,
    shape: exact ? shape : 'unrepairable',
    diagnostics: [diagnostic],
  }
}

/** Whether a line of `raw` is indented with a tab (which YAML forbids). */
function hasTabIndent(raw: string): boolean {
  return /^[ ]*\t/m.test(raw)
}

/** The entry read with the block's indent removed and tabs in indentation read as two spaces
 *  each, when that is strict YAML holding the key: how the author meant tab-indented lines. */
function readDetabbed(raw: string, span: EntrySpan): EntryReading | null {
  const lines = raw.split(/(?<=\n)/).map((l) => {
    const rest = span.indent > 0 && /^[ \t]/.test(l) ? l.slice(Math.min(span.indent, /^[ \t]*/.exec(l)![0].length)) : l
    const indent = /^[ \t]*/.exec(rest)![0]
    return indent.replaceAll('\t', '  ') + rest.slice(indent.length)
  })
  const repairedRaw = lines.join('')
  const value = strictValueOfEntry(repairedRaw, span.key)
  if (value === undefined) return null
  const line = span.keyLine + 1
  const diagnostic: Diagnostic = { severity: 'error', code: 'tab-indentation', line, message: shapeMessage('tab-indentation', span) }
  return { entry: { key: span.key, raw, value, line, strictValid: false }, repairedRaw, shape: 'tab-indentation', diagnostics: [diagnostic] }
}

/** The entry read without the `...` lines inside it (reported by the block's reader). */
function readWithoutDocumentEnds(raw: string, span: EntrySpan): EntryReading | null {
  const repairedRaw = raw.split(/(?<=\n)/).filter((l) => !/^\.\.\.[ \t]*\r?\n?$/.test(l)).join('')
  const value = strictValueOfEntry(repairedRaw, span.key)
  if (value === undefined) return null
  return { entry: { key: span.key, raw, value, line: span.keyLine + 1, strictValid: false }, repairedRaw, shape: 'document-end-inside', diagnostics: [] }
}

function repairShape(rest: string, continuation: readonly string[], span: EntrySpan): RepairShape | null {
  if (rest.startsWith('*')) return 'alias-value'
  if (rest.length > 0 && '"\'[{|>&!%@`'.includes(rest[0]!)) return null
  if (span.strayLines.length > 0) return 'column-zero-continuation'
  if (rest.includes(': ') || rest.endsWith(':') || continuation.some((l) => l.includes(': ') || l.trimEnd().endsWith(':'))) return 'colon-in-plain-value'
  return null
}

function shapeMessage(shape: RepairShape, span: EntrySpan): string {
  switch (shape) {
    case 'alias-value':
      return `the value of \`${keyForMessage(span.key)}\` starts with \`*\`, which YAML reads as an alias; quote it.`
    case 'colon-in-plain-value':
      return `the value of \`${keyForMessage(span.key)}\` contains \`: \`, which YAML reads as a nested key; quote the value or use a block scalar (\`|\`).`
    case 'tab-indentation':
      return span.indent > 0
        ? `the keys of this frontmatter are indented with tabs, which YAML does not allow; they were read as the top-level keys they are meant to be. Remove the indentation.`
        : `the value of \`${keyForMessage(span.key)}\` is indented with tabs, which YAML does not allow; the tabs were read as indentation. Indent with spaces.`
    case 'column-zero-continuation':
      return `the value of \`${keyForMessage(span.key)}\` continues at column 0 on the following lines (line ${span.strayLines[0]! + 1}), which YAML reads as new keys or errors; indent those lines or quote the value.`
  }
}

/** Best-effort value of an entry no repair fits. */
function lenientValue(rest: string, continuation: readonly string[], folded: string): FrontmatterValue {
  if (rest.length >= 2 && (rest[0] === '"' || rest[0] === "'") && rest.endsWith(rest[0]) && continuation.length === 0) return rest.slice(1, -1)
  if (/^[|>][+-]?[1-9]?[+-]?$/.test(rest)) return blockScalarText(rest[0] === '|', continuation)
  if (rest.length === 0) {
    const items = continuation.map((l) => l.trim()).filter((l) => l.length > 0)
    if (items.length > 0 && items.every((l) => l.startsWith('- ') || l === '-')) return items.map((l) => l.slice(1).trim())
    return items.join('\n')
  }
  return folded
}

/** The text of a `|` / `>` block whose lines YAML rejects (often a line indented too little):
 *  common indentation removed, lines kept (`|`) or joined with spaces (`>`); `#` lines are text,
 *  as in any block scalar. */
function blockScalarText(literal: boolean, continuation: readonly string[]): string {
  const lines = [...continuation]
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop()
  let indent = Infinity
  for (const l of lines) if (l.trim() !== '') indent = Math.min(indent, l.length - l.trimStart().length)
  const body = lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0).trimEnd())
  return literal ? body.join('\n') : foldPlainScalar('', body)
}

function joinAsWritten(rest: string, continuation: readonly string[]): string {
  const lines = [rest.trim(), ...continuation.map((l) => l.trimEnd())]
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines.join('\n')
}
