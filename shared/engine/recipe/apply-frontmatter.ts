// Writes the merged frontmatter block. Entries picked from a variant keep their source text when
// it is strict YAML on its own; everything else is emitted from values. The lines above each
// entry come with it: as written from a strict block; from a repaired one as YAML comments
// (comment lines kept, other text kept after `# `, `...` markers left out), so a repair loses
// none of the author's text. A key written twice keeps its first value; the later ones follow it
// as comments. The block is checked with the strict reader and, should it still be rejected,
// rebuilt from values, so the output always parses.

import type { AgentDocument, Diagnostic, FrontmatterEntry, FrontmatterValue } from '../model'
import { listInStyle, listValue, unionItems } from '../align/list-values'
import { isOpeningDelimiter } from '../parse/key-line'
import { isStrictYaml, readStrictYaml } from '../parse/strict-yaml'
import { commentOut, gapAsYaml } from '../parse/yaml-comment-lines'
import { convertEol, emitEntry } from './emit-frontmatter'
import { frontmatterLayout, type FrontmatterLayout } from './frontmatter-layout'
import { append, endsWithLineBreak, type MergedText } from './merged-text'
import type { KeyPick, Origin } from './recipe-model'

interface Piece {
  readonly key: string
  readonly value: FrontmatterValue
  readonly text: string
  readonly leading: string
  /** Comment lines written after the entry (the later values of a key written twice). */
  readonly after: string
  /** The entry as written, when its value depends on the rest of its block (an alias): used
   *  when the merged block reads back with the same values. */
  readonly asWritten?: string
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
      pick.kind === 'variant' ? entryPiece(docs, pick.variant, key, eol, report)
      : pick.kind === 'combine' ? combinedPiece(docs, pick.variants, key, eol, report)
      : customPiece(key, pick.text, eol, report)
    if (piece) pieces.push(piece)
    else report.diagnostics.push(problem('error', 'unresolved-key', `The key "${key}" is not in the variant(s) the recipe takes it from; it was left out.`))
  }
  const baseFm = base?.frontmatter ?? null
  if (pieces.length === 0 && !(baseFm && baseFm.entries.length === 0)) return
  const layout = base ? variantKeys(base).layout : null
  const strictBase = base?.frontmatterMode === 'strict'
  const useLayout = strictBase && layout !== null && layout.exact && base!.eol === eol
  let tail = layout === null || !layout.exact ? '' : strictBase ? (useLayout ? layout.tail : '') : convertEol(gapAsYaml(layout.tail), eol)
  let final = pieces
  const withAliases = pieces.some((p) => p.asWritten !== undefined) ? pieces.map((p) => (p.asWritten === undefined ? p : { ...p, text: p.asWritten })) : null
  if (withAliases !== null && readsAsValues(withAliases, tail)) final = withAliases
  else if (!isStrictYaml(pieces.map((p) => p.leading + p.text).join('') + tail)) {
    final = pieces.map((p) => ({ ...p, text: emitEntry(p.key, p.value, eol) + p.after }))
    if (!isStrictYaml(final.map((p) => p.leading + p.text).join('') + tail)) {
      final = pieces.map((p) => ({ ...p, leading: '', text: emitEntry(p.key, p.value, eol) }))
      tail = ''
    }
    report.diagnostics.push(problem('info', 'frontmatter-rewritten', 'Some picked keys did not form strict YAML together; they were written again from their values.'))
  }
  append(out, useLayout ? layout.open : `---${eol}`, 'generated')
  for (const p of final) {
    append(out, p.leading, p.source, { key: p.key })
    append(out, p.text, p.source, { key: p.key })
  }
  append(out, tail, 'generated')
  // A tail kept from a never-closed block can end without a line break (`---\n#!` at the end of
  // a file): the closing line must start a line of its own, or it is not a closing line.
  if (!endsWithLineBreak(out)) append(out, eol, 'generated')
  append(out, useLayout && isPlainClose(layout.close) ? layout.close : `---${eol}`, 'generated')
}

/** Whether the pieces and tail form strict YAML holding exactly the pieces' keys and values. */
function readsAsValues(pieces: readonly Piece[], tail: string): boolean {
  const read = readStrictYaml(pieces.map((p) => p.leading + p.text).join('') + tail)
  if (!read.ok) return false
  return JSON.stringify(read.value) === JSON.stringify(Object.fromEntries(pieces.map((p) => [p.key, p.value])))
}

/** Whether a closing line is `---` as written (trailing blanks allowed); a `...` or a longer dash
 *  line is written `---`, the closing line every tool reads. */
function isPlainClose(line: string): boolean {
  const content = line.replace(/\r?\n$/, '')
  return isOpeningDelimiter(content, 0, content.length)
}

/** A variant's frontmatter as the writer looks it up: its layout, and its entries' indices by key
 *  (computed once per document: a block may hold many keys, each looked up here). */
interface VariantKeys {
  readonly layout: FrontmatterLayout | null
  readonly byKey: ReadonlyMap<string, readonly number[]>
}

const variantKeysCache = new WeakMap<AgentDocument, VariantKeys>()

function variantKeys(doc: AgentDocument): VariantKeys {
  let found = variantKeysCache.get(doc)
  if (found === undefined) {
    const byKey = new Map<string, number[]>()
    doc.frontmatter?.entries.forEach((e, i) => {
      const list = byKey.get(e.key)
      if (list) list.push(i)
      else byKey.set(e.key, [i])
    })
    found = { layout: frontmatterLayout(doc), byKey }
    variantKeysCache.set(doc, found)
  }
  return found
}

function firstEntry(doc: AgentDocument | undefined, key: string): FrontmatterEntry | null {
  if (!doc?.frontmatter) return null
  const at = variantKeys(doc).byKey.get(key)?.[0]
  return at === undefined ? null : doc.frontmatter.entries[at]!
}

function entryPiece(docs: readonly AgentDocument[], variant: number, key: string, eol: '\n' | '\r\n', report: FrontmatterReport): Piece | null {
  const doc = docs[variant]
  const entry = firstEntry(doc, key)
  if (!doc || !entry) return null
  const entries = doc.frontmatter!.entries
  const { layout, byKey } = variantKeys(doc)
  const [index, ...later] = byKey.get(key)!
  const strict = doc.frontmatterMode === 'strict'
  const sameEol = doc.eol === eol
  const linesAbove = (index: number): string => {
    const above = layout?.exact ? layout.leading[index] ?? '' : ''
    const asYaml = strict ? above : gapAsYaml(above)
    return sameEol ? asYaml : convertEol(asYaml, eol)
  }
  // Later entries with the same key (strict YAML rejects them): kept after the first as comments.
  let after = ''
  for (const at of later) {
    const other = entries[at]!
    after += linesAbove(at) + withFinalEol(convertEol(commentOut(other.raw), eol), eol)
    report.diagnostics.push(problem('warning', 'duplicate-key-kept-as-comment', `Variant ${variant + 1} sets "${key}" on line ${entry.line} and again on line ${other.line}; the output keeps line ${entry.line}'s value and line ${other.line}'s as a YAML comment under it.`))
  }
  const leading = linesAbove(index!)
  const raw = sameEol ? entry.raw : convertEol(entry.raw, eol)
  if (!entry.strictValid) {
    const asWritten = strict ? withFinalEol(raw, eol) + after : undefined
    return { key, value: entry.value, text: keyProperties(entry.raw) + emitEntry(key, entry.value, eol) + after, after, leading, source: variant, ...(asWritten !== undefined ? { asWritten } : {}) }
  }
  return { key, value: entry.value, text: withFinalEol(raw, eol) + after, after, leading, source: variant }
}

/** The `&anchor` / `!tag` written before the key on its line (with the blank after it), which a
 *  key written again from its value keeps: YAML takes them before a key as they are. */
function keyProperties(raw: string): string {
  return /^(?:(?:&[^\s]+|![^\s]*)[ \t]+)+/.exec(raw)?.[0] ?? ''
}

function withFinalEol(text: string, eol: string): string {
  return text.endsWith('\n') ? text : text + eol
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
  if (present.length === 1) return entryPiece(docs, first.v, key, eol, report)
  if (!present.every((p) => p.list !== null)) {
    report.diagnostics.push(problem('info', 'combine-not-list', `"${key}" is not a list in every picked variant, so it cannot be combined; variant ${first.v + 1}'s value is used.`))
    return entryPiece(docs, first.v, key, eol, report)
  }
  const style = first.list!
  const value = listInStyle(unionItems(present.map((p) => p.list!.items)), style.style, style.separator)
  return { key, value, text: emitEntry(key, value, eol, { flowLists: style.style === 'flow' }), leading: '', after: '', source: first.v }
}

/** Custom text is the YAML source of the value; kept as written when `key: text` reads back as
 *  that value, else emitted from the value. Text that is not YAML becomes a string value. */
function customPiece(key: string, text: string, eol: '\n' | '\r\n', report: FrontmatterReport): Piece {
  const parsed = readStrictYaml(text)
  if (!parsed.ok) {
    report.diagnostics.push(problem('warning', 'custom-key-not-yaml', `The custom value of "${key}" is not valid YAML; it was written as a quoted string.`))
    return { key, value: text, text: emitEntry(key, text, eol), leading: '', after: '', source: 'custom' }
  }
  const asWritten = `${key}: ${text.trim()}\n`
  const keepsText = !text.trim().includes('\n') && readsAs(asWritten, key, parsed.value)
  return { key, value: parsed.value, text: keepsText ? convertEol(asWritten, eol) : emitEntry(key, parsed.value, eol), leading: '', after: '', source: 'custom' }
}

function readsAs(source: string, key: string, value: FrontmatterValue): boolean {
  const read = readStrictYaml(source)
  return read.ok && JSON.stringify(read.value) === JSON.stringify({ [key]: value })
}

function problem(severity: Diagnostic['severity'], code: string, message: string): Diagnostic {
  return { severity, code, message, line: 1 }
}
