// Consolidate benchmark (issue 9): `agent-merge consolidate --dry-run --json` against
// `agent-merge scan --json` on the same 2,578-file folder (the corpus copied ~33 times as
// collections of their own, some edited), each as a whole `agent-merge` process, the way a user
// runs them, alternated round by round. Goal: within 1.5x of scan (CPU, user + system).
// Whole processes, not warm rounds in one process: the scan keeps the words of bodies it met
// twice for the rest of the process, so a second scan of the same folder in one process is
// cheaper than any scan a user runs from the command line.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { alternate, bundleCli, processTiming, runProcess } from './cli-process'
import { readCorpus } from './corpus-files'
import { printTable } from './measure'
import { libraryCopies } from './synthetic'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const FILES = 2_578
const ROUNDS = 7

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'agent-merge-consolidate-bench-'))
  const out = `${folder}.out.json`
  try {
    for (const file of libraryCopies(readCorpus(root), FILES)) {
      const path = join(folder, file.relPath)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, file.text)
    }
    const cli = await bundleCli(root)
    console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`)
    const scanArgs = [cli, 'scan', folder, '--json']
    const consolidateArgs = [cli, 'consolidate', folder, '--dry-run', '--json']
    // Exit 1 means some group is unresolved: still a complete plan.
    await runProcess(root, consolidateArgs, out, 1)
    const plan = JSON.parse(readFileSync(out, 'utf8')) as { groups: unknown[]; resolved: number }
    console.log(`${FILES} files: ${plan.groups.length} groups, ${plan.resolved} resolved by the proposal`)
    const [scan, consolidate] = await alternate(ROUNDS, () => runProcess(root, scanArgs, out), () => runProcess(root, consolidateArgs, out, 1))
    const [scanTiming, consolidateTiming] = [processTiming(scan), processTiming(consolidate)]
    const ratio = consolidateTiming.cpuMedian! / scanTiming.cpuMedian!
    printTable([
      { workload: `baseline: agent-merge scan --json (${FILES} files, whole process)`, timing: scanTiming },
      { workload: `agent-merge consolidate --dry-run --json (${plan.groups.length} groups, whole process)`, timing: consolidateTiming, ratio: `${ratio.toFixed(2)}× scan`, target: '≤ 1.5× scan', pass: ratio <= 1.5 },
    ], 'each agent-merge process, all its threads')
    console.log(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`)
  } finally {
    rmSync(folder, { recursive: true, force: true })
    rmSync(out, { force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`consolidate bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
