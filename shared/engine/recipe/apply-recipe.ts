// Applies a recipe: the merged text, where each span came from, and what to tell the user
// (undecided rows and keys, picks that no longer resolve, and the findings of parsing and
// linting the output as a file of its own).

import type { AlignedRows } from '../align/aligned-rows'
import { lintDocument } from '../lint/lint-document'
import type { AgentDocument, Diagnostic } from '../model'
import { documentAt, parseUnhashed } from '../parse/parse-document'
import { writeBody } from './apply-body'
import { writeFrontmatter } from './apply-frontmatter'
import { addText, append, endsWithLineBreak, isAtStart, newMergedText, setText, trimTrailingLineBreaks, type MergedText } from './merged-text'
import type { MergeResult, Recipe } from './recipe-model'

export function applyRecipe(recipe: Recipe, docs: readonly AgentDocument[], alignment: AlignedRows): MergeResult {
  const base = recipe.base !== undefined && recipe.base < docs.length ? recipe.base : 0
  const baseDoc = docs[base]
  const eol = recipe.eol ?? baseDoc?.eol ?? '\n'
  const out = newMergedText()
  const diagnostics: Diagnostic[] = []
  const undecidedKeys: string[] = []
  const undecidedRows: string[] = []
  if (baseDoc?.bom) append(out, '\uFEFF', 'generated')
  writeFrontmatter(out, recipe.keys, docs, baseDoc, eol, { diagnostics, undecidedKeys })
  const bodyStart = out.text.length
  writeBody(out, recipe.rows, docs, alignment, base, eol, { diagnostics, undecidedRows })
  guardBodyStart(out, bodyStart, eol, diagnostics)
  if (!isAtStart(out) && (baseDoc?.finalNewline ?? true)) {
    if (!endsWithLineBreak(out)) append(out, eol, 'generated')
  } else trimTrailingLineBreaks(out)
  return { text: out.text, origins: out.origins, undecidedRows, undecidedKeys, diagnostics: [...diagnostics, ...outputFindings(out.text, baseDoc?.path ?? 'merged.md', docs)] }
}

/** A body that starts the file with a `---` line (a horizontal rule) would be read as the opening
 *  of a frontmatter block; a blank line first keeps it a rule. */
function guardBodyStart(out: MergedText, bodyStart: number, eol: string, diagnostics: Diagnostic[]): void {
  const atFileStart = bodyStart === 0 || (bodyStart === 1 && out.text.startsWith('\uFEFF'))
  // With no byte order mark written, a body that starts with one (a source whose text had two)
  // has it read as the file's mark, and the `---` after it as the opening line.
  const opening = bodyStart === 0 ? /^\uFEFF?---[ \t]*(\r?\n|$)/ : /^---[ \t]*(\r?\n|$)/
  if (!atFileStart || !opening.test(out.text.slice(bodyStart))) return
  const after = out.text.slice(bodyStart)
  const origins = out.origins.filter((o) => o.end <= bodyStart)
  const rest = out.origins.filter((o) => o.end > bodyStart)
  setText(out, out.text.slice(0, bodyStart))
  out.origins.length = 0
  out.origins.push(...origins)
  append(out, eol, 'generated')
  const shift = eol.length
  addText(out, after)
  out.origins.push(...rest.map((o) => ({ ...o, start: o.start + shift, end: o.end + shift })))
  diagnostics.push({ severity: 'info', code: 'body-starts-with-rule', message: 'The merged text would start with a `---` line, which reads as frontmatter; a blank line was put before it.', line: 1 })
}

/** Parse and lint findings about the merged text as a file of its own. It is checked as if saved
 *  beside the base variant under its own `name` (where the default save path puts it), so the
 *  format is detected from the folder and the base's file name does not count against it. A text
 *  that is one of the sources' (every section and key taken from one variant) is that source as
 *  read, not parsed again; no other is hashed (nothing reads the hash of a text not yet saved). */
function outputFindings(text: string, basePath: string, sources: readonly AgentDocument[]): readonly Diagnostic[] {
  const same = sources.find((source) => source.text === text)
  let doc = same ? documentAt(same, basePath) : parseUnhashed(text, basePath)
  const named = doc.name ? pathWithStem(basePath, doc.name) : basePath
  // As read under the name the file will have (format and identity follow it; the rest of the
  // reading does not depend on the path, so the text is not parsed again).
  if (named !== basePath) doc = documentAt(doc, named)
  return [...doc.diagnostics, ...lintDocument(doc)]
}

function pathWithStem(path: string, stem: string): string {
  const slash = path.lastIndexOf('/') + 1
  const file = path.slice(slash)
  const ext = /(\.agent\.md|\.chatmode\.md|\.mdc|\.md)$/i.exec(file)?.[0] ?? '.md'
  const safe = stem.replace(/[\\/:*?"<>|\s]+/g, '-')
  return `${path.slice(0, slash)}${safe}${ext}`
}
