// Every real file loads, round-trips exactly and its sections tile the body.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document'
import { serializeDocument } from './serialize'

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
}

const files = [...walk('examples'), ...walk('test-fixtures/corpus')].filter((f) => /\.(md|mdc)$/.test(f) && !f.endsWith('README.md'))

describe('real files', () => {
  it('finds the corpus', () => {
    expect(files.length).toBe(84)
  })
  it.each(files)('%s round-trips and tiles', (file) => {
    const text = readFileSync(file, 'utf8')
    const doc = parseDocument(text, file)
    expect(serializeDocument(doc)).toBe(text)
    let at = doc.bodyStart
    for (const s of doc.sections) {
      expect(s.start).toBe(at)
      expect(s.headingEnd).toBeGreaterThanOrEqual(s.start)
      expect(s.end).toBeGreaterThanOrEqual(s.headingEnd)
      at = s.end
    }
    expect(at).toBe(text.length)
    expect(['strict', 'repaired', 'lenient', 'none']).toContain(doc.frontmatterMode)
  })
})
