// Worst-case files (issue 10), end to end: each shape past a bound (refused in one line) and each
// shape inside every bound that stresses the reader, at up to the 2 MiB file limit, run through
// the real command in its own process: `check <f>`, `merge <f> <g> --take 1 -o out` and
// `diff <f> <g>`, where g is f with every digit shifted (keys, titles and values all differ, so
// nothing is decided by equality). Per run: the child's CPU time (user + system, read by the
// child itself as it exits; wall time on this shared machine swings several-fold) and wall time.
// Target: under a second for any file, process start included; the time per MB is the row's ratio.
// `node scripts/bench.mjs hostile` runs it; HOSTILE_BENCH_RUNS=1 runs each command once.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inBoundShapes, overBoundShapes, type HostileShape } from '../../shared/engine/parse/testing/hostile-shapes'
import { bundleCli, processTiming, runProcess, type ProcessResult } from './cli-process'
import { readCorpus } from './corpus-files'
import { printTable, type Row, type Timing } from './measure'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const MB = 1024 * 1024
const RUNS = Math.max(1, Number(process.env['HOSTILE_BENCH_RUNS'] ?? 3))
const work = mkdtempSync(join(tmpdir(), 'agent-merge-hostile-'))
process.on('exit', () => rmSync(work, { recursive: true, force: true }))

// The CLI as `npm run build` bundles it; every run's stdout goes to one scratch file.
const cli = await bundleCli(root)
const stdoutFile = join(work, 'stdout.txt')

/** `agent-merge <args>` RUNS times in a row; exit 1 (problems or differences found) is an answer,
 *  not a failure. */
async function timed(args: readonly string[]): Promise<{ timing: Timing; run: ProcessResult }> {
  const runs: ProcessResult[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await runProcess(root, [cli, ...args], stdoutFile, 1))
  return { timing: processTiming(runs), run: runs[0]! }
}

const shifted = (text: string): string => text.replace(/\d/g, (d) => String((Number(d) + 3) % 10))

/** The three commands on one shape; rows with CPU ms per MB of the file (of both, for two). */
async function shapeRows(shape: HostileShape): Promise<Row[]> {
  const dir = join(work, shape.name)
  mkdirSync(dir)
  const a = join(dir, `${shape.name}.md`)
  const b = join(dir, `${shape.name}-variant.md`)
  writeFileSync(a, shape.text)
  writeFileSync(b, shifted(shape.text))
  const mb = shape.text.length / MB
  const out = join(dir, 'merged.md')
  const commands: [string, string[], number][] = [
    ['check', ['check', a], mb],
    ['merge --take 1', ['merge', a, b, '--take', '1', '-o', out, '--force'], 2 * mb],
    ['diff', ['diff', a, b], 2 * mb],
  ]
  const rows: Row[] = []
  for (const [label, args, size] of commands) {
    const { timing, run } = await timed(args)
    const cpu = timing.cpuMedian!
    // A line as each finishes (the whole table takes minutes on a loaded machine).
    console.log(`  ${shape.name} ${label}: ${cpu.toFixed(0)} ms CPU, ${timing.median.toFixed(0)} ms wall`)
    rows.push({
      workload: `${shape.name} (${mb.toFixed(2)} MB${shape.tooComplex ? ', refused' : ''}): ${label}`,
      timing,
      ratio: `${(cpu / size).toFixed(0)} ms/MB, exit ${run.exitCode}`,
      target: '< 1000 ms',
      pass: cpu < 1000,
    })
  }
  return rows
}

// Baseline: the same commands on a real file of the corpus (process start and module load).
const corpusFile = readCorpus(root).sort((x, y) => y.text.length - x.text.length)[0]!
const baseline = await shapeRows({ name: 'baseline-largest-corpus-file', text: corpusFile.text, tooComplex: false })
const rows: Row[] = baseline.map((r) => ({ ...r, target: undefined, pass: undefined }))
for (const shape of [...inBoundShapes(), ...overBoundShapes()]) rows.push(...(await shapeRows(shape)))
printTable(rows, "each command's own child process, process start included")
const misses = rows.filter((r) => r.pass === false)
console.log(`${rows.length - 3} runs of worst-case files; ${misses.length} over a second of CPU${misses.length > 0 ? `: ${misses.map((r) => r.workload).join('; ')}` : ''}.`)
