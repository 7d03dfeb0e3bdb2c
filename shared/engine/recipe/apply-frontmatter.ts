// Writes the merged frontmatter block. Entries picked from a variant keep their source text when
// it is strict YAML on its own (with the comment lines above them when the variant's block is
// strict); everything else is emitted from values. The block is checked with the strict reader
// and, should it still be rejected, rebuilt from values alone, so the output always parses.

import type { AgentDocument, Diagnostic, FrontmatterEntry, FrontmatterValue } from '../model'
import { listInStyle, listValue, unionItems } from '../align/list-values'
import { isStrictYaml, readStrictYaml } from '../parse/strict-yaml'
import { convertEol, emitEntry } from './emit-frontmatter'
import { frontmatterLayout } from './frontmatter-layout'
import { append, type MergedText } from './merged-text'
import type { KeyPick, Origin } from './recipe-model'

interface Piece {
  readonly key: string
  readonly value: FrontmatterValue
  readonly text: string
  readonly leading: string
  readonly source: Origin['source']
}

export interface FrontmatterReport {
  readonly diagnostics: Diagnostic[]
  readonly undecidedKeys: string[]
}

export function writeFrontmatter(out: MergedText, picks: readonly KeyPick[], docs: readonly AgentDocument[], base: AgentDocument | undefined, eol: '\n' | '\r\n', report: FrontmatterReport): void {
  const pieces: Piece[] = []
  const seen = new Set<string>()
  for (const { key, pick } of picks) {
    if (seen.has(key)) {
      report.diagnostics.push(problem('warning', 'recipe-duplicate-key', `The recipe lists the key "${key}" twice; the first pick is used.`))
      continue
    }
    seen.add(key)
    if (pick.kind === 'omit') continue
    if (pick.kind === 'undecided') {
      report.undecidedKeys.push(key)
      report.diagnostics.push(problem('warning', 'undecided-key', `No choice made yet for the key "${key}"; it is not in the output.`))
      continue
    }
    const piece =
      pick.kind === 'variant' ? entryPiece(docs, pick.variant, key, eol)
      : pick.kind === 'combine' ? combinedPiece(docs, pick.variants, key, eol, report)
      : customPiece(key, pick.text, eol, report)
    if (piece) pieces.push(piece)
    else report.diagnostics.push(problem('error', 'unresolved-key', `The key "${key}" is not in the variant(s) the recipe takes it from; it was left out.`))
  }
  const baseFm = base?.frontmatter ?? null
  if (pieces.length === 0 && !(baseFm && baseFm.entries.length === 0)) return
  const layout = base && base.frontmatterMode === 'strict' ? frontmatterLayout(base) : null
  const useLayout = layout !== null && layout.exact && base!.eol === eol
  let tail = useLayout ? layout.tail : ''
  let final = pieces
  if (!isStrictYaml(pieces.map((p) => p.leading + p.text).join('') + tail)) {
    final = pieces.map((p) => ({ ...p, leading: '', text: emitEntry(p.key, p.value, eol) }))
    tail = ''
    report.diagnostics.push(problem('info', 'frontmatter-rewritten', 'Some picked keys did not form strict YAML together; they were written again from their values.'))
  }
  append(out, useLayout ? layout.open : `---${eol}`, 'generated')
  for (const p of final) {
    append(out, p.leading, p.source, { key: p.key })
    append(out, p.text, p.source, { key: p.key })
  }
  append(out, tail, 'generated')
  append(out, useLayout && layout.close !== '' ? layout.close : `---${eol}`, 'generated')
}

function firstEntry(doc: AgentDocument | undefined, key: string): FrontmatterEntry | null {
  return doc?.frontmatter?.entries.find((e) => e.key === key) ?? null
}

function entryPiece(docs: readonly AgentDocument[], variant: number, key: string, eol: '\n' | '\r\n'): Piece | null {
  const doc = docs[variant]
  const entry = firstEntry(doc, key)
  if (!doc || !entry) return null
  if (!entry.strictValid) return { key, value: entry.value, text: emitEntry(key, entry.value, eol), leading: '', source: variant }
  const layout = doc.frontmatterMode === 'strict' ? frontmatterLayout(doc) : null
  const index = doc.frontmatter!.entries.indexOf(entry)
  const leading = layout?.exact ? layout.leading[index] ?? '' : ''
  const sameEol = doc.eol === eol
  const raw = sameEol ? entry.raw : convertEol(entry.raw, eol)
  return {
    key,
    value: entry.value,
    text: raw.endsWith('\n') ? raw : raw + eol,
    leading: sameEol ? leading : convertEol(leading, eol),
    source: variant,
  }
}

/** List values: items unioned without duplicates in the style of the first picked variant that
 *  has the key. Other values cannot be combined: the first picked variant's value is used. */
function combinedPiece(docs: readonly AgentDocument[], variants: readonly number[], key: string, eol: '\n' | '\r\n', report: FrontmatterReport): Piece | null {
  const present = variants.flatMap((v) => {
    const entry = firstEntry(docs[v], key)
    return entry ? [{ v, entry, list: listValue(key, entry.value, entry.raw) }] : []
  })
  const first = present[0]
  if (!first) return null
  if (present.length === 1) return entryPiece(docs, first.v, key, eol)
  if (!present.every((p) => p.list !== null)) {
    report.diagnostics.push(problem('info', 'combine-not-list', `"${key}" is not a list in every picked variant, so it cannot be combined; variant ${first.v + 1}'s value is used.`))
    return entryPiece(docs, first.v, key, eol)
  }
  const style = first.list!
  const value = listInStyle(unionItems(present.map((p) => p.list!.items)), style.style, style.separator)
  return { key, value, text: emitEntry(key, value, eol, { flowLists: style.style === 'flow' }), leading: '', source: first.v }
}

/** Custom text is the YAML source of the value; kept as written when `key: text` reads back as
 *  that value, else emitted from the value. Text that is not YAML becomes a string value. */
function customPiece(key: string, text: string, eol: '\n' | '\r\n', report: FrontmatterReport): Piece {
  const parsed = readStrictYaml(text)
  if (!parsed.ok) {
    report.diagnostics.push(problem('warning', 'custom-key-not-yaml', `The custom value of "${key}" is not valid YAML; it was written as a quoted string.`))
    return { key, value: text, text: emitEntry(key, text, eol), leading: '', source: 'custom' }
  }
  const asWritten = `${key}: ${text.trim()}\n`
  const keepsText = !text.trim().includes('\n') && readsAs(asWritten, key, parsed.value)
  return { key, value: parsed.value, text: keepsText ? convertEol(asWritten, eol) : emitEntry(key, parsed.value, eol), leading: '', source: 'custom' }
}

function readsAs(source: string, key: string, value: FrontmatterValue): boolean {
  const read = readStrictYaml(source)
  return read.ok && JSON.stringify(read.value) === JSON.stringify({ [key]: value })
}

function problem(severity: Diagnostic['severity'], code: string, message: string): Diagnostic {
  return { severity, code, message, line: 1 }
}
