// Worst-case files (issue 10), end to end: each shape past a bound (refused in one line) and each
// shape inside every bound that stresses the reader, at up to the 2 MiB file limit, run through
// the real command in its own process: `check <f>`, `merge <f> <g> --take 1 -o out` and
// `diff <f> <g>`, where g is f with every digit shifted (keys, titles and values all differ, so
// nothing is decided by equality). Per run: the child's CPU time (user + system, read by the
// child itself as it exits; wall time on this shared machine swings several-fold) and wall time.
// Target: under a second for any file, process start included; the time per MB is the row's ratio.
// `node scripts/bench.mjs hostile` runs it; HOSTILE_BENCH_RUNS=1 runs each command once.

import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { inBoundShapes, overBoundShapes, type HostileShape } from '../../shared/engine/parse/testing/hostile-shapes'
import { bundleCli } from './cli-process'
import { readCorpus } from './corpus-files'
import { printTable, timingOf, type Row, type Timing } from './measure'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const MB = 1024 * 1024
const RUNS = Math.max(1, Number(process.env['HOSTILE_BENCH_RUNS'] ?? 3))
const work = mkdtempSync(join(tmpdir(), 'agent-merge-hostile-'))
process.on('exit', () => rmSync(work, { recursive: true, force: true }))

// The CLI as `npm run build` bundles it, and a preload that reports the child's own CPU time.
const cli = await bundleCli(root)
const preload = join(work, 'cpu.cjs')
writeFileSync(preload, `process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(process.env.HOSTILE_BENCH_CPU, String((u.user + u.system) / 1000)) })\n`)
const cpuFile = join(work, 'cpu.txt')

interface Run {
  readonly wall: number
  readonly cpu: number
  readonly code: number
  readonly stderrLines: number
}

function runCli(args: readonly string[]): Run {
  const start = performance.now()
  const result = spawnSync(process.execPath, ['-r', preload, cli, ...args], { env: { ...process.env, HOSTILE_BENCH_CPU: cpuFile, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 256 * MB })
  const wall = performance.now() - start
  const code = result.status ?? -1
  if (code !== 0 && code !== 1) throw new Error(`agent-merge ${args.join(' ')}: exit ${code} ${result.stderr.slice(0, 300)}`)
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8')), code, stderrLines: result.stderr.trim().split('\n').length }
}

function timed(args: readonly string[]): { timing: Timing; run: Run } {
  const runs = Array.from({ length: RUNS }, () => runCli(args))
  return { timing: timingOf(runs), run: runs[0]! }
}

const shifted = (text: string): string => text.replace(/\d/g, (d) => String((Number(d) + 3) % 10))

/** The three commands on one shape; rows with CPU ms per MB of the file (of both, for two). */
function shapeRows(shape: HostileShape): Row[] {
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
  return commands.map(([label, args, size]) => {
    const { timing, run } = timed(args)
    const cpu = timing.cpuMedian!
    // A line as each finishes (the whole table takes minutes on a loaded machine).
    console.log(`  ${shape.name} ${label}: ${cpu.toFixed(0)} ms CPU, ${timing.median.toFixed(0)} ms wall`)
    return {
      workload: `${shape.name} (${mb.toFixed(2)} MB${shape.tooComplex ? ', refused' : ''}): ${label}`,
      timing,
      ratio: `${(cpu / size).toFixed(0)} ms/MB, exit ${run.code}`,
      target: '< 1000 ms',
      pass: cpu < 1000,
    }
  })
}

// Baseline: the same commands on a real file of the corpus (process start and module load).
const corpusFile = readCorpus(root).sort((x, y) => y.text.length - x.text.length)[0]!
const rows: Row[] = shapeRows({ name: 'baseline-largest-corpus-file', text: corpusFile.text, tooComplex: false }).map((r) => ({ ...r, target: undefined, pass: undefined }))
for (const shape of [...inBoundShapes(), ...overBoundShapes()]) rows.push(...shapeRows(shape))
printTable(rows, "each command's own child process, process start included")
const misses = rows.filter((r) => r.pass === false)
console.log(`${rows.length - 3} runs of worst-case files; ${misses.length} over a second of CPU${misses.length > 0 ? `: ${misses.map((r) => r.workload).join('; ')}` : ''}.`)
