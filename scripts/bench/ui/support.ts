// Shared by the UI benchmarks: the built renderer served in browser mode per workload, medians,
// and the synthetic folders written to disk.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { startServer, type RunningServer } from '../../../electron/serve/start-server'
import { median, type Timing } from '../measure'

export const ROOT = process.cwd()
export const RENDERER = join(ROOT, 'dist', 'renderer')
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
export const VIEWPORT = { viewport: { width: 1600, height: 1000 } }

/** Median and minimum of wall-clock milliseconds (measure.ts's timingOf takes CPU too). */
export function wallTiming(values: readonly number[]): Timing {
  return { median: median(values), min: Math.min(...values), runs: values.length }
}

export function writeFiles(dir: string, files: readonly { relPath: string; text: string }[]): void {
  for (const f of files) {
    const path = join(dir, f.relPath)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, f.text)
  }
}

/** Writes the variants of one agent, `long-agent`, one per collection. */
export function writeVariants(dir: string, texts: readonly string[]): void {
  writeFiles(dir, texts.map((text, i) => ({ relPath: `collection-${i}/.claude/agents/long-agent.md`, text })))
}

export async function withServer<T>(folder: string, configDir: string, work: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer({ staticDir: RENDERER, port: 0, configDir, initialPaths: [folder], watch: false, warn: () => undefined })
  try {
    return await work(server)
  } finally {
    await server.close()
  }
}
