// Consolidate benchmark: `agent-merge consolidate --dry-run` against `agent-merge scan` on the
// same 2,578-file folder (the corpus copied ~33 times as collections of their own, some edited),
// both in-process with output discarded, interleaved round by round. Goal: within 1.5x of scan.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main as cli } from '../../electron/cli/main'
import { readCorpus } from './corpus-files'
import { cost, measureInterleavedAsync, printTable, type Timing } from './measure'
import { libraryCopies } from './synthetic'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const FILES = 2_578
const ROUNDS = 5

async function run(argv: readonly string[]): Promise<string> {
  let out = ''
  const code = await cli(argv, { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => undefined }, isTTY: false, env: {}, cwd: root })
  if (code > 1) throw new Error(`agent-merge ${argv.join(' ')} exited ${code}`)
  return out
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'agent-merge-consolidate-bench-'))
  try {
    for (const file of libraryCopies(readCorpus(root), FILES)) {
      const path = join(folder, file.relPath)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, file.text)
    }
    const plan = JSON.parse(await run(['consolidate', folder, '--dry-run', '--json'])) as { groups: unknown[]; resolved: number }
    console.log(`${FILES} files: ${plan.groups.length} groups, ${plan.resolved} resolved by the proposal`)
    const [scan, consolidate] = (await measureInterleavedAsync([() => run(['scan', folder, '--json']), () => run(['consolidate', folder, '--dry-run', '--json'])], ROUNDS)) as [Timing, Timing]
    const ratio = cost(consolidate) / cost(scan)
    printTable([
      { workload: `baseline: agent-merge scan --json (${FILES} files)`, timing: scan },
      { workload: `agent-merge consolidate --dry-run --json (${plan.groups.length} groups)`, timing: consolidate, ratio: `${ratio.toFixed(2)}× scan`, target: '≤ 1.5× scan', pass: ratio <= 1.5 },
    ])
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`consolidate bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
