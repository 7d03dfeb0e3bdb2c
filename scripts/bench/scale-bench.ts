// Scan at scale (issue 10): `agent-merge scan --json` as a whole process on the corpus copied
// 30 and 300 times (2,370 / 23,700 files; SCALE_BENCH_FULL=1 adds 1,300 copies, 102,700 files),
// against a gray-matter-only Node process over the same folder (walk, read, parse every agent
// file's frontmatter, print a JSON listing), the two alternated round by round. Per process: wall
// time, CPU time (user + system) and peak memory (max RSS), read by a preloaded module at exit.
// Copies are collections of their own (libraryCopies): names suffixed per copy, some copies
// edited, shuffled or missing a section, so names have variants and bodies differ.
// Targets: 100,000 files under 60 s and 1.5 GB; scan within 1.5x gray-matter (stretch 1x).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { alternate, benchCacheDir, bundleCli, processTiming, runProcess, type ProcessRun as Run } from './cli-process'
import { readCorpus } from './corpus-files'
import { libraryCopies } from './synthetic'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const MB = 1024 * 1024

// The baseline: what a gray-matter-only tool does with the same folder.
const GRAY_MATTER_SCAN = `
'use strict'
const { readdirSync, readFileSync } = require('node:fs')
const { join } = require('node:path')
const matter = require(${JSON.stringify(join(root, 'node_modules', 'gray-matter'))})
const files = []
function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) walk(path)
    else if (/\\.(md|mdc)$/.test(entry.name)) {
      try {
        const parsed = matter(readFileSync(path, 'utf8'))
        files.push({ path, name: typeof parsed.data.name === 'string' ? parsed.data.name : null, keys: Object.keys(parsed.data) })
      } catch (error) {
        files.push({ path, error: String(error && error.message) })
      }
    }
  }
}
walk(process.argv[2])
process.stdout.write(JSON.stringify({ files }, null, 2) + '\\n')
`

interface Row {
  readonly copies: number
  readonly files: number
  readonly scan: readonly Run[]
  readonly gray: readonly Run[]
  readonly groups: number
}

async function measureRow(cli: string, grayScript: string, copies: number, rounds: number, corpus: ReturnType<typeof readCorpus>): Promise<Row> {
  const folder = mkdtempSync(join(tmpdir(), `agent-merge-scale-${copies}-`))
  try {
    const files = libraryCopies(corpus, corpus.length * copies)
    for (const file of files) {
      const path = join(folder, file.relPath)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, file.text)
    }
    const out = join(folder, '..', `${folder.split('/').pop()}.out.json`)
    let groups = 0
    const runScan = async (): Promise<Run> => {
      const run = await runProcess(root, [cli, 'scan', folder, '--json'], out)
      groups = (JSON.parse(readFileSync(out, 'utf8')) as { groups: unknown[] }).groups.length
      return run
    }
    const [scan, gray] = await alternate(rounds, runScan, () => runProcess(root, [grayScript, folder], out))
    rmSync(out, { force: true })
    const row = { copies, files: files.length, scan, gray, groups }
    // Printed before the folder is removed: removing 100,000 files takes minutes on a busy machine.
    printRows([row])
    return row
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

function printRows(rows: readonly Row[]): void {
  const s = (ms: number): string => (ms / 1000).toFixed(2)
  const cells = [
    ['folder', 'files', 'rounds', 'scan wall s', 'gray wall s', 'ratio wall', 'scan CPU s', 'gray CPU s', 'ratio CPU', 'scan peak MB', 'gray peak MB', 'target', 'result'],
    ...rows.map((r) => {
      const [scan, gray] = [processTiming(r.scan), processTiming(r.gray)]
      const [sw, gw, sc, gc] = [scan.median, gray.median, scan.cpuMedian!, gray.cpuMedian!]
      const [sm, gm] = [Math.max(...r.scan.map((x) => x.maxRssBytes)), Math.max(...r.gray.map((x) => x.maxRssBytes))]
      const ratio = sc / gc
      const big = r.files >= 100_000
      const pass = ratio <= 1.5 && (!big || (sw < 60_000 && sm < 1.5 * 1024 * MB))
      return [
        `corpus x${r.copies} (${r.groups} groups)`, String(r.files), String(r.scan.length), s(sw), s(gw), `${(sw / gw).toFixed(2)}x`, s(sc), s(gc), `${ratio.toFixed(2)}x`,
        (sm / MB).toFixed(0), (gm / MB).toFixed(0), big ? '<= 1.5x CPU, < 60 s, < 1.5 GB' : '<= 1.5x CPU', pass ? 'PASS' : 'MISS',
      ]
    }),
  ]
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)))
  const line = (row: readonly string[]): string => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  console.log(line(cells[0]!))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of cells.slice(1)) console.log(line(row))
  console.log('Medians; peak is the largest max RSS of any run. gray = a gray-matter-only Node process over the same folder.')
}

async function main(): Promise<void> {
  const grayScript = join(benchCacheDir(root), 'scale-gray-matter.cjs')
  writeFileSync(grayScript, GRAY_MATTER_SCAN)
  const cli = await bundleCli(root)
  const corpus = readCorpus(root)
  const only = process.env.SCALE_BENCH_COPIES?.split(',').map(Number)
  const plan: [number, number][] = only !== undefined ? only.map((c) => [c, c >= 1000 ? 1 : c >= 100 ? 3 : 5]) : [[30, 5], [300, 3], ...(process.env.SCALE_BENCH_FULL === '1' ? ([[1300, 1]] as [number, number][]) : [])]
  console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (${process.env.SCALE_BENCH_FULL === '1' ? 'full' : 'set SCALE_BENCH_FULL=1 for the 100,000-file row'})`)
  const rows: Row[] = []
  for (const [copies, rounds] of plan) rows.push(await measureRow(cli, grayScript, copies, rounds, corpus))
  console.log(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`)
  printRows(rows)
}

main().catch((error: unknown) => {
  console.error(`scale bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
