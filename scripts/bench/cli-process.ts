// Running the bundled `agent-merge` command as a whole process, the way a user runs it: wall time,
// CPU time (user + system, every thread) and peak memory (max RSS), read by a module preloaded into
// the child that writes them at exit. Shared by the benches that compare whole processes.

import { build } from 'esbuild'
import { spawn } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { timingOf, type Timing } from './measure'

export interface ProcessRun {
  readonly wallMs: number
  readonly cpuMs: number
  readonly maxRssBytes: number
}

// Preloaded into every child: writes its CPU time and peak RSS where PROCESS_BENCH_STATS says.
const STATS_PRELOAD = `
'use strict'
process.on('exit', () => {
  const u = process.resourceUsage()
  require('node:fs').writeFileSync(process.env.PROCESS_BENCH_STATS, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssBytes: u.maxRSS * 1024 }))
})
`

export function benchCacheDir(root: string): string {
  const dir = join(root, 'node_modules', '.cache', 'bench')
  mkdirSync(dir, { recursive: true })
  return dir
}

/** The CLI bundled as `npm run build` ships it (electron/cli/entry.ts, with its compiler flags). */
export async function bundleCli(root: string): Promise<string> {
  const outfile = join(benchCacheDir(root), 'agent-merge-cli.cjs')
  await build({
    entryPoints: [join(root, 'electron', 'cli', 'entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  })
  return outfile
}

let preloadPath: string | null = null

/** The preload's file, written on first use. */
function statsPreload(root: string): string {
  if (preloadPath === null) {
    preloadPath = join(benchCacheDir(root), 'process-stats.cjs')
    writeFileSync(preloadPath, STATS_PRELOAD)
  }
  return preloadPath
}

/** One run as `runProcess` returns it: the measures, the size of stdout and the exit code. */
export interface ProcessResult extends ProcessRun {
  readonly outBytes: number
  readonly exitCode: number
}

/** Runs `node <args>` with stdout to `outFile`; exit codes above `maxExit` are failures. */
export function runProcess(root: string, args: readonly string[], outFile: string, maxExit = 0): Promise<ProcessResult> {
  const preload = statsPreload(root)
  const statsFile = `${outFile}.stats.json`
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const out = openSync(outFile, 'w')
    const child = spawn(process.execPath, ['--require', preload, ...args], {
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, PROCESS_BENCH_STATS: statsFile, NO_COLOR: '1' },
    })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = performance.now() - started
      closeSync(out)
      if (code === null || code > maxExit) return reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`))
      const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { cpuMs: number; maxRssBytes: number }
      rmSync(statsFile, { force: true })
      resolve({ wallMs, ...stats, outBytes: readFileSync(outFile).length, exitCode: code })
    })
  })
}

/** Medians and minimums of whole-process runs, as the results table shows them. */
export const processTiming = (runs: readonly ProcessRun[]): Timing => timingOf(runs.map((r) => ({ wall: r.wallMs, cpu: r.cpuMs })))

/** Runs `a` and `b` in turn, `rounds` times, each first in every other round, so a burst of
 *  machine load hits both alike; their results in the order they ran. */
export async function alternate<A, B>(rounds: number, a: () => Promise<A>, b: () => Promise<B>): Promise<[A[], B[]]> {
  const [as, bs]: [A[], B[]] = [[], []]
  const runA = async (): Promise<void> => void as.push(await a())
  const runB = async (): Promise<void> => void bs.push(await b())
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      await runA()
      await runB()
    } else {
      await runB()
      await runA()
    }
  }
  return [as, bs]
}
