// Test support: `agent-merge merge <file> --take 1` as the engine runs it (parse, the default
// recipe with every row and key taken from the one variant, apply), and what such a run must
// keep: every letter or digit word of the input, and a frontmatter strict YAML accepts.

import { parseDocument as parseYaml } from 'yaml'
import { alignRows } from '../../align/align-variants'
import { parseDocument } from '../../parse/parse-document'
import { applyRecipe } from '../apply-recipe'
import { defaultRecipe } from '../default-recipe'
import { takeAllFrom } from '../recipe-edits'

/** The merged text of `text` alone, every row and key taken from it. */
export function takeOne(text: string, path: string): string {
  const docs = [parseDocument(text, path)]
  const alignment = alignRows(docs)
  return applyRecipe(takeAllFrom(defaultRecipe(docs, alignment), alignment, 0), docs, alignment).text
}

const WORD = /[\p{L}\p{N}_]+/gu

/** The words of `input` that `output` holds fewer times (each as often as it is missing). */
export function lostWords(input: string, output: string): string[] {
  const have = new Map<string, number>()
  for (const word of output.match(WORD) ?? []) have.set(word, (have.get(word) ?? 0) + 1)
  const lost: string[] = []
  for (const word of input.match(WORD) ?? []) {
    const n = have.get(word) ?? 0
    if (n === 0) lost.push(word)
    else have.set(word, n - 1)
  }
  return lost
}

/** The output's frontmatter block text (between the opening `---` and the closing `---`), or null
 *  when it has none. Found without the engine's reader, which is what is under test. */
export function frontmatterSource(output: string): string | null {
  const text = output.startsWith('\uFEFF') ? output.slice(1) : output
  const open = /^---[ \t]*\r?\n/.exec(text)
  if (!open) return null
  const close = /^---[ \t]*\r?$/m
  const rest = text.slice(open[0].length)
  const at = close.exec(rest)
  return at ? rest.slice(0, at.index) : rest
}

/** The `yaml` package's complaints about the output's frontmatter in strict mode (duplicate keys
 *  rejected, YAML 1.2), as messages; [] when it is accepted or there is none. */
export function strictYamlProblems(output: string): string[] {
  const source = frontmatterSource(output)
  if (source === null) return []
  const doc = parseYaml(source, { uniqueKeys: true, strict: true, version: '1.2', prettyErrors: false })
  const problems = doc.errors.map((e) => e.message)
  if (problems.length === 0) {
    try {
      doc.toJS({ maxAliasCount: 100 })
    } catch (error) {
      problems.push(String(error))
    }
  }
  return problems
}
