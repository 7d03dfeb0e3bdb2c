// The engine work the UI needs, as plain synchronous functions over plain data. The worker runs
// them off the UI thread; the in-thread engine runs them directly (tests, fallback).
import type { AgentDocument } from '../../../shared/engine/model'
import { parseDocument } from '../../../shared/engine/parse/parse-document'
import { lintDocument } from '../../../shared/engine/lint/lint-document'
import { groupDocuments } from '../../../shared/engine/group/group-documents'
import { groupInputFromDocument } from '../../../shared/engine/group/group-input'
import { alignVariants } from '../../../shared/engine/align/align-variants'
import { defaultRecipe } from '../../../shared/engine/recipe/default-recipe'
import type { FileToParse, GroupedFiles, ParsedFile, PreparedMerge } from './engine-api'
export { diffWords as diffWordsNow } from '../../../shared/engine/diff/word-diff'
export { proposedPlan as planMergeNow } from '../library/group-plan'

export function parseFilesNow(files: readonly FileToParse[]): ParsedFile[] {
  return files.map((f) => {
    const doc = parseDocument(f.text, f.path, f)
    return { doc, lint: lintDocument(doc) }
  })
}

export function groupFilesNow(docs: readonly AgentDocument[]): GroupedFiles {
  return { grouping: groupDocuments(docs.map(groupInputFromDocument)), paths: docs.map((d) => d.path) }
}

export function prepareMergeNow(docs: readonly AgentDocument[]): PreparedMerge {
  const alignment = alignVariants(docs)
  return { alignment, recipe: defaultRecipe(docs, alignment) }
}
