// Timing helpers for benchmarks: medians over several runs after a warm-up, and a results table
// with targets. A missed target is reported, never fatal: timings on shared machines are noisy.

import { performance } from 'node:perf_hooks'

export interface Timing {
  readonly median: number
  readonly min: number
  readonly runs: number
}

/** Runs `work` once to warm up, then `runs` times; milliseconds. */
export function measure(work: () => unknown, runs = 7): Timing {
  work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    ;(globalThis as { gc?: () => void }).gc?.()
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, runs }
}

export async function measureAsync(work: () => Promise<unknown>, runs = 3): Promise<Timing> {
  await work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, runs }
}

export interface Row {
  readonly workload: string
  readonly timing: Timing
  /** e.g. "1.4× gray-matter" */
  readonly ratio?: string
  readonly target?: string
  /** undefined: no target */
  readonly pass?: boolean
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))

export function printTable(rows: readonly Row[]): void {
  const cells = [
    ['workload', 'median ms', 'min ms', 'runs', 'ratio', 'target', 'result'],
    ...rows.map((r) => [r.workload, ms(r.timing.median), ms(r.timing.min), String(r.timing.runs), r.ratio ?? '', r.target ?? '', r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS']),
  ]
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)))
  const line = (row: readonly string[]): string => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  console.log(line(cells[0]!))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of cells.slice(1)) console.log(line(row))
}
