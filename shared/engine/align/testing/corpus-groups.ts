// Test support, imported only by *.test.ts files: the founding example and the duplicate groups
// of the test corpus, parsed. Pure: the test hands in how to read files (Node's fs), so this
// module stays inside the shared type-check.

import type { AgentDocument } from '../../model'
import { parseDocument } from '../../parse/parse-document'

/** Reads repository files by path relative to the repository root. */
export interface RepoReader {
  read(relPath: string): string
  list(relDir: string): readonly string[]
}

export function readDoc(repo: RepoReader, relPath: string): AgentDocument {
  return parseDocument(repo.read(relPath), relPath)
}

export function exampleDocs(repo: RepoReader): AgentDocument[] {
  const dir = 'examples/backend-architect'
  return repo
    .list(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readDoc(repo, `${dir}/${f}`))
}

/** Every corpus file listed in its MANIFEST. */
export function corpusDocs(repo: RepoReader): AgentDocument[] {
  const manifest = repo.read('test-fixtures/corpus/MANIFEST.tsv').trim().split('\n').slice(1)
  return manifest.map((line) => {
    const [collection, path] = line.split('\t')
    return readDoc(repo, `test-fixtures/corpus/${collection}/${path}`)
  })
}

/** The corpus's duplicate groups: files whose base file name (without extensions) is the same
 *  agent, e.g. every `code-reviewer.md`. Groups of two or more. */
export function corpusGroups(repo: RepoReader): AgentDocument[][] {
  const byName = new Map<string, AgentDocument[]>()
  for (const doc of corpusDocs(repo)) {
    const base = doc.path.split('/').pop()!.replace(/(\.agent|\.chatmode)?\.(md|mdc)$/, '').replace(/-pro$/, '')
    const name = base === 'architect-reviewer' ? 'architect-review' : base
    byName.set(name, [...(byName.get(name) ?? []), doc])
  }
  return [...byName.values()].filter((g) => g.length >= 2)
}
