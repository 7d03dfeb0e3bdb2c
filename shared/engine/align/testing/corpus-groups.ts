// Test support (Node only; imported by *.test.ts files, never by the engine): the founding
// example and the duplicate groups of the test corpus, read from the repository and parsed.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AgentDocument } from '../../model'
import { parseDocument } from '../../parse/parse-document'

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))

export function readDoc(relPath: string): AgentDocument {
  return parseDocument(readFileSync(join(repoRoot, relPath), 'utf8'), relPath)
}

export function exampleDocs(): AgentDocument[] {
  const dir = 'examples/backend-architect'
  return readdirSync(join(repoRoot, dir))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readDoc(`${dir}/${f}`))
}

/** Every corpus file with its MANIFEST agent name (the column the survey grouped by). */
export function corpusDocs(): AgentDocument[] {
  const manifest = readFileSync(join(repoRoot, 'test-fixtures/corpus/MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
  return manifest.map((line) => {
    const [collection, path] = line.split('\t')
    return readDoc(`test-fixtures/corpus/${collection}/${path}`)
  })
}

/** The corpus's duplicate groups: files whose base file name (without extensions) is the same
 *  agent, e.g. every `code-reviewer.md`. Groups of two or more. */
export function corpusGroups(): AgentDocument[][] {
  const byName = new Map<string, AgentDocument[]>()
  for (const doc of corpusDocs()) {
    const base = doc.path.split('/').pop()!.replace(/(\.agent|\.chatmode)?\.(md|mdc)$/, '').replace(/-pro$/, '')
    const name = base === 'architect-reviewer' ? 'architect-review' : base
    byName.set(name, [...(byName.get(name) ?? []), doc])
  }
  return [...byName.values()].filter((g) => g.length >= 2)
}
