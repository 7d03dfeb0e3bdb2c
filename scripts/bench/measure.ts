// Timing helpers for benchmarks: medians over several runs after a warm-up, and a results table
// with targets. A missed target is reported, never fatal: timings on shared machines are noisy.
// Wall time swings several-fold with machine load here; CPU time (process.cpuUsage, user + system)
// is far steadier, so each sample records both and ratios are taken from CPU medians.

import { performance } from 'node:perf_hooks'

export interface Timing {
  /** Wall-clock milliseconds. */
  readonly median: number
  readonly min: number
  readonly runs: number
  /** CPU milliseconds (user + system) of the process that did the work, when measured: this
   *  process, or a child that reports its own (see printTable's `cpuOf`). */
  readonly cpuMedian?: number
  readonly cpuMin?: number
}

/** One run: wall-clock and CPU milliseconds. */
export interface Sample {
  readonly wall: number
  readonly cpu: number
}

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.()

// Sync samples do not force a collection first: after a full gc() V8 starts cold, and short
// workloads measure several times slower than when run back to back.
function sample(work: () => unknown, repeat: number): Sample {
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (let r = 0; r < repeat; r++) work()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { wall: wall / repeat, cpu: (used.user + used.system) / 1000 / repeat }
}

/** The middle value (the upper one of an even count). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** Medians and minimums of the samples' wall and CPU times. */
export function timingOf(samples: readonly Sample[]): Timing {
  const wall = samples.map((s) => s.wall)
  const cpu = samples.map((s) => s.cpu)
  return { median: median(wall), min: Math.min(...wall), runs: samples.length, cpuMedian: median(cpu), cpuMin: Math.min(...cpu) }
}

/** Runs `work` once to warm up, then `runs` times; milliseconds. */
export function measure(work: () => unknown, runs = 7): Timing {
  work()
  const samples: Sample[] = []
  for (let i = 0; i < runs; i++) samples.push(sample(work, 1))
  return timingOf(samples)
}

/** Several workloads measured round by round (each runs once per round), so a burst of machine
 *  load hits them all alike; a sample runs a workload `repeat` times and reports the time per
 *  call. One warm-up call each first. Timings in input order.
 *  The order changes every round: the starting workload rotates and every other round runs
 *  backwards, so each workload follows each of its neighbours equally often. (With rotation
 *  alone the cyclic order stays the same and a workload nearly always runs right after the same
 *  one, paying for the garbage that one left behind.) */
export function measureInterleaved(workloads: readonly (() => unknown)[], rounds: number, repeat = 1): Timing[] {
  for (const work of workloads) work()
  const samples: Sample[][] = workloads.map(() => [])
  const n = workloads.length
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < n; k++) {
      const step = round % 2 === 0 ? k : n - 1 - k
      const w = (Math.floor(round / 2) + step) % n
      samples[w]!.push(sample(workloads[w]!, repeat))
    }
  }
  return samples.map(timingOf)
}

export async function measureAsync(work: () => Promise<unknown>, runs = 3): Promise<Timing> {
  await work()
  const samples: Sample[] = []
  for (let i = 0; i < runs; i++) samples.push(await sampleAsync(work))
  return timingOf(samples)
}

async function sampleAsync(work: () => Promise<unknown>): Promise<Sample> {
  collectGarbage()
  const cpu = process.cpuUsage()
  const start = performance.now()
  await work()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { wall, cpu: (used.user + used.system) / 1000 }
}

/** measureInterleaved for async workloads (one call per sample). */
export async function measureInterleavedAsync(workloads: readonly (() => Promise<unknown>)[], rounds: number): Promise<Timing[]> {
  for (const work of workloads) await work()
  const samples: Sample[][] = workloads.map(() => [])
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < workloads.length; k++) {
      const w = (round + k) % workloads.length
      samples[w]!.push(await sampleAsync(workloads[w]!))
    }
  }
  return samples.map(timingOf)
}

/** CPU median when measured, else wall median: what ratios and targets compare. */
export const cost = (t: Timing): number => t.cpuMedian ?? t.median

export interface Row {
  readonly workload: string
  readonly timing: Timing
  /** e.g. "1.4× gray-matter" */
  readonly ratio?: string
  readonly target?: string
  /** undefined: no target */
  readonly pass?: boolean
}

const ms = (x: number | undefined): string => (x === undefined ? '' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))

/** `cpuOf`: whose CPU time the CPU columns are, for the note under the table. */
export function printTable(rows: readonly Row[], cpuOf = 'this process'): void {
  const cells = [
    ['workload', 'wall median ms', 'CPU median ms', 'CPU min ms', 'runs', 'ratio (CPU)', 'target', 'result'],
    ...rows.map((r) => [
      r.workload, ms(r.timing.median), ms(r.timing.cpuMedian), ms(r.timing.cpuMin), String(r.timing.runs),
      r.ratio ?? '', r.target ?? '', r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS',
    ]),
  ]
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)))
  const line = (row: readonly string[]): string => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  console.log(line(cells[0]!))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of cells.slice(1)) console.log(line(row))
  console.log(`Ratios and targets compare CPU medians (user + system time of ${cpuOf}) where measured, else wall medians.`)
}
