// The fuzz suite (issue 10): a few thousand mutated real files and every hostile shape, through
// the commands' own code paths (scan, check, diff, merge --take 1). Whatever the input: an exit
// code of 0, 1 or 2, one line per problem, no stack trace, every file read or listed as skipped.
// Time is bounded by construction (each file is read in linear time, within the engine's
// bounds); the tests' timeouts are generous ceilings, not measurements.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { inBoundShapes, overBoundShapes } from '../../shared/engine/parse/testing/hostile-shapes'
import { mutateText, seededRandom } from '../../shared/engine/parse/testing/mutate-text'
import { parseDocument, TOO_COMPLEX } from '../../shared/engine/parse/parse-document'
import { corpusTexts, hasStackTrace, runCli, type CliRun } from './cli-test-util'

const SEED = 20_261_206
const FOLDERS = 8
const FILES_PER_FOLDER = 300
const PAIRS = 120
const CEILING_MS = 240_000

const corpus = corpusTexts()
const root = mkdtempSync(join(tmpdir(), 'agent-merge-fuzz-'))
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000)

/** Writes the mutated files: FOLDERS folders of FILES_PER_FOLDER, the same on every run. */
function generate(): string[] {
  const random = seededRandom(SEED)
  const folders: string[] = []
  for (let f = 0; f < FOLDERS; f++) {
    const folder = join(root, `batch${f}`)
    mkdirSync(folder)
    for (let i = 0; i < FILES_PER_FOLDER; i++) {
      const text = corpus[Math.floor(random() * corpus.length)]!
      const other = corpus[Math.floor(random() * corpus.length)]!
      // Half keep a corpus name, so mutated variants group with each other.
      const name = random() < 0.5 ? `agent-${i % 40}` : `f${i}`
      writeFileSync(join(folder, `${name}-${i}.${random() < 0.1 ? 'mdc' : 'md'}`), mutateText(text, other, random))
    }
    folders.push(folder)
  }
  return folders
}

const folders = generate()

/** What holds for every run: a known exit code, one line per message, no stack trace. */
function expectWellBehaved(run: CliRun, codes: readonly number[] = [0, 1]): void {
  expect(codes).toContain(run.code)
  expect(hasStackTrace(run.stdout + run.stderr)).toBe(false)
  expect(run.stderr).not.toMatch(/Unexpected error|TypeError|RangeError|Maximum call stack/)
}

/** `path:line: severity: message [code]`, one per line. */
const DIAGNOSTIC_LINE = /^.+:\d+: (error|warning|info): [^\n]+ \[[a-z0-9-]+\]$/

describe('fuzz: mutated real files', () => {
  it(`scan --json reads or lists as skipped each of ${FOLDERS * FILES_PER_FOLDER} files`, async () => {
    for (const folder of folders) {
      const run = await runCli(['scan', folder, '--json'])
      expectWellBehaved(run, [0])
      const report = JSON.parse(run.stdout) as { files: unknown[]; problems: { message: string }[] }
      expect(report.files.length + report.problems.length).toBe(FILES_PER_FOLDER)
      for (const p of report.problems) expect(p.message).not.toContain('\n')
    }
  }, CEILING_MS)

  it('check prints one line per finding', async () => {
    for (const folder of folders) {
      const run = await runCli(['check', folder])
      expectWellBehaved(run)
      for (const line of run.stdout.split('\n').filter((l) => l !== '')) expect(line).toMatch(DIAGNOSTIC_LINE)
      const stderr = run.stderr.split('\n').filter((l) => l !== '')
      // Unreadable files (one line each, under the folder), then the summary.
      expect(stderr.at(-1)).toMatch(/^\d+ files checked: \d+ errors?, \d+ warnings?(, \d+ unreadable)?$/)
      for (const line of stderr.slice(0, -1)) expect(line.startsWith(folder)).toBe(true)
    }
  }, CEILING_MS)

  it(`diff and merge --take 1 of ${PAIRS} pairs`, async () => {
    const random = seededRandom(SEED + 1)
    const out = join(root, 'merged')
    mkdirSync(out)
    for (let p = 0; p < PAIRS; p++) {
      const folder = folders[p % FOLDERS]!
      const names = readdirSync(folder)
      const a = join(folder, names[Math.floor(random() * names.length)]!)
      const b = join(folder, names[Math.floor(random() * names.length)]!)
      const diff = await runCli(['diff', a, b])
      expectWellBehaved(diff)
      const merge = await runCli(['merge', a, b, '--take', String(1 + (p % 2)), '-o', join(out, `m${p}.md`)])
      expectWellBehaved(merge)
      // A failure is one line naming a file; success may list findings in the merged text.
      if (merge.code === 1) expect(merge.stderr.trim().split('\n').every((l) => l.startsWith(folder) || DIAGNOSTIC_LINE.test(l) || l.startsWith(out))).toBe(true)
    }
  }, CEILING_MS)
})

describe('fuzz: the hostile shapes of issue 10', () => {
  const over = overBoundShapes(1)
  const inside = inBoundShapes(128 * 1024)
  const folder = join(root, 'shapes')
  mkdirSync(folder)
  for (const shape of [...over, ...inside]) writeFileSync(join(folder, `${shape.name}.md`), shape.text)

  it('scan skips each file past a bound with its reason and reads the rest', async () => {
    const run = await runCli(['scan', folder, '--json'])
    expectWellBehaved(run, [0])
    const report = JSON.parse(run.stdout) as { files: { path: string }[]; problems: { path: string; reason?: string; message: string; line?: number }[] }
    const skipped = new Map(report.problems.map((p) => [p.path.replace(/^.*\//, '').replace(/\.md$/, ''), p]))
    for (const shape of over) {
      expect(skipped.get(shape.name)?.reason, shape.name).toBe('too-complex')
      expect(skipped.get(shape.name)?.message).toMatch(/^too complex: more than/)
    }
    expect(report.files.map((f) => f.path.replace(/^.*\//, '').replace(/\.md$/, '')).sort()).toEqual(inside.map((s) => s.name).sort())
  }, CEILING_MS)

  it('check gives one line for each file past a bound and exits 1', async () => {
    const run = await runCli(['check', ...over.map((s) => join(folder, `${s.name}.md`))])
    expectWellBehaved(run, [1])
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(over.length + 1) // and the summary
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^.+\.md:\d+: too complex: more than [\d,]+ [^\n]+ \(the most Agent Merge reads\); its frontmatter and sections are not read\.( No `---` line closes it: add one after the last key\.)?$/)
  }, CEILING_MS)

  it('merge --take 1 refuses a file past a bound in one line and merges every file inside them', async () => {
    for (const shape of over) {
      const run = await runCli(['merge', join(folder, `${shape.name}.md`), '--take', '1', '-o', join(root, `over-${shape.name}.md`)])
      expectWellBehaved(run, [1])
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    }
    for (const shape of inside) {
      const a = join(folder, `${shape.name}.md`)
      const out = join(root, `in-${shape.name}.md`)
      const run = await runCli(['merge', a, a, '--take', '1', '-o', out])
      expectWellBehaved(run)
      // The merge of a file with itself keeps every section, in order, and is read in turn.
      const merged = parseDocument(readFileSync(out, 'utf8'), out)
      const read = parseDocument(shape.text, a)
      expect(merged.diagnostics.filter((d) => d.code === TOO_COMPLEX), shape.name).toEqual([])
      expect(merged.sections.map((s) => s.title), shape.name).toEqual(read.sections.map((s) => s.title))
    }
  }, CEILING_MS)

  it('diff of each file inside the bounds with itself finds every row the same, and with a changed copy exits 0', async () => {
    for (const shape of inside) {
      const a = join(folder, `${shape.name}.md`)
      const self = await runCli(['diff', a, a, '--json'])
      expectWellBehaved(self, [0])
      const report = JSON.parse(self.stdout) as { keys: { status: { kind: string } }[]; rows: { status: { kind: string } }[] }
      expect(report.rows.length, shape.name).toBeGreaterThan(0)
      expect([...report.keys, ...report.rows].filter((r) => r.status.kind !== 'same'), shape.name).toEqual([])
      const b = join(root, `changed-${shape.name}.md`)
      writeFileSync(b, shape.text.replace(/\d/g, (d) => String((Number(d) + 3) % 10)))
      expectWellBehaved(await runCli(['diff', a, b]), [0])
    }
  }, CEILING_MS)
})
