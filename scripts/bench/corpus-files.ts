// The real inputs benchmarks read: the test corpus (79 files from public collections).

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface CorpusFile {
  readonly path: string // absolute
  readonly relPath: string
  readonly text: string
}

function walk(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) return walk(path)
      return /\.(md|mdc)$/.test(name) ? [path] : []
    })
}

export function corpusPaths(root: string): string[] {
  return walk(join(root, 'test-fixtures', 'corpus'))
}

export function readCorpus(root: string): CorpusFile[] {
  const base = join(root, 'test-fixtures', 'corpus')
  return corpusPaths(root).map((path) => ({ path, relPath: relative(base, path).split(/[\\/]/).join('/'), text: readFileSync(path, 'utf8') }))
}
