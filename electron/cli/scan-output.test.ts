import { describe, expect, it } from 'vitest'
import type { Grouping } from '../../shared/engine/group'
import type { ScanReport } from './scan-command'
import { scanJson, writeScanJson } from './scan-output'
import type { ScannedFile } from './scan-summaries'

const file = (display: string, extra: Partial<ScannedFile> = {}): ScannedFile => ({
  display, format: 'claude-agent', identity: display.split('/').pop()!.replace('.md', ''), name: null, frontmatterMode: 'strict', diagnostics: [], ...extra,
})

function written(report: ScanReport): { text: string; writes: number } {
  let text = ''
  let writes = 0
  writeScanJson(report, (chunk) => {
    text += chunk
    writes++
  })
  return { text, writes }
}

describe('writeScanJson', () => {
  it('writes exactly what JSON.stringify(report, null, 2) gives, in chunks', () => {
    const docs = Array.from({ length: 3000 }, (_, i) =>
      file(`lib/a${i}.md`, i % 7 === 0 ? { name: `Ä “name”\n${i}`, diagnostics: [{ severity: 'warning', code: 'x', message: 'quote "this"\tthen\\', line: 2, column: 3 }] } : {}),
    )
    const grouping: Grouping = {
      groups: [{ id: 'key:a', key: 'a', members: [{ index: 0, matchedBy: 'identity' }, { index: 1, matchedBy: 'file-name' }], similarity: { mean: 0.12345, min: 0, max: 1, pairs: 1 } }],
      singles: Array.from({ length: 2998 }, (_, i) => i + 2),
      suggestions: [{ id: 's', a: { kind: 'group', id: 'key:a' }, b: { kind: 'single', index: 5 }, members: [0, 1, 5], score: 0.6, basis: { name: 0.5, description: 0, body: 0.7 }, reason: 'r', qualifier: 'senior' }],
    }
    const report: ScanReport = { root: 'lib', docs, problems: [{ display: 'lib/big.md', message: 'too large', reason: 'too-large' }], grouping }
    const { text, writes } = written(report)
    expect(text).toBe(`${JSON.stringify(scanJson(report), null, 2)}\n`)
    expect(writes).toBeGreaterThan(1)
    expect(JSON.parse(text).files[7].diagnostics[0].message).toBe('quote "this"\tthen\\')
  })

  it('writes empty lists as [] like JSON.stringify', () => {
    const report: ScanReport = { root: '.', docs: [], problems: [], grouping: { groups: [], singles: [], suggestions: [] } }
    expect(written(report).text).toBe(`${JSON.stringify(scanJson(report), null, 2)}\n`)
  })
})

describe('scanJson relPath', () => {
  const relPath = (root: string, display: string): unknown => {
    const json = scanJson({ root, docs: [file(display)], problems: [], grouping: { groups: [], singles: [0], suggestions: [] } }) as { files: { relPath: unknown }[] }
    return json.files[0]!.relPath
  }

  it('is the path under the root, however the root ends', () => {
    expect(relPath('lib', 'lib/sub/a.md')).toBe('sub/a.md')
    expect(relPath('lib/', 'lib/a.md')).toBe('a.md')
    expect(relPath('lib\\', 'lib/a.md')).toBe('a.md')
    expect(relPath('/', '/a.md')).toBe('a.md')
    expect(relPath('.', 'a.md')).toBe('a.md')
  })

  it('is the path as shown for a file scanned by name or one outside the root', () => {
    expect(relPath('lib/a.md', 'lib/a.md')).toBe('lib/a.md')
    expect(relPath('lib', 'library/a.md')).toBe('library/a.md')
  })
})
