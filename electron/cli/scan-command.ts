// agent-merge scan <folder> [--json]: every agent file with its format, identity, frontmatter
// mode and diagnostics; then the groups of variants, near-duplicate suggestions and singles.

import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Grouping } from '../../shared/engine/group'
import type { SkipReason } from '../../shared/host-api'
import { inputError, usageError } from './cli-error'
import { EXIT_OK, type CliIo } from './cli-io'
import { paintFor } from './colour'
import { groupPrepared } from './engine'
import { formatProblem, type LoadProblem } from './load-documents'
import { parseArgs } from './parse-args'
import { progressLine } from './progress'
import { scanText, writeScanJson } from './scan-output'
import { summariseFolder, type ScannedFile } from './scan-summaries'

export interface ScanReport {
  readonly root: string
  readonly docs: readonly ScannedFile[]
  readonly problems: readonly (LoadProblem & { readonly reason?: SkipReason })[]
  readonly grouping: Grouping
}

export async function scanCommand(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, { json: { type: 'boolean' } }, 'scan')
  if (args.positionals.length !== 1) throw usageError('scan needs exactly one folder', 'scan')
  const target = args.positionals[0]!
  const absolute = resolve(cwd, target)
  try {
    if (!(await stat(absolute)).isDirectory()) throw usageError(`${target} is a file; scan takes a folder (use \`agent-merge check\` for files)`, 'scan')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw inputError(target, 'no such folder')
    throw error
  }
  const progress = io.stderrIsTTY ? progressLine(io.stderr) : null
  const folder = await summariseFolder(
    target,
    cwd,
    progress === null ? undefined : { scanned: (p) => progress.update(`Scanning ${target}: ${p.scanned} files looked at, ${p.found} agent files read`) },
  )
  progress?.update(`Grouping ${folder.files.length} files…`)
  const docs = folder.files
  const problems = folder.problems
  const grouping = groupPrepared(folder.groupInputs)
  progress?.clear()
  const report: ScanReport = { root: target, docs, problems, grouping }
  if (args.flags.has('json')) {
    writeScanJson(report, (text) => io.stdout.write(text))
  } else {
    for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`)
    io.stdout.write(scanText(report, paintFor(io)))
  }
  return EXIT_OK
}
