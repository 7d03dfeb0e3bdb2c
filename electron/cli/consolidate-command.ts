// agent-merge consolidate <folder> [--policy p] [--out <dir>] [--dry-run] [--json] [--report <file>]
// [--only <name>...] [--force]: resolves every duplicate group of the folder (docs/consolidate.md).
// --out writes a consolidated copy (sources untouched); otherwise the folder is changed in place
// as one archive that `agent-merge undo` reverses.

import { copyFile, mkdir, readdir, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { MERGE_POLICIES, relativeTo, type MergePolicy } from '../../shared/engine/consolidate'
import { applyRun } from '../host/library-run'
import { isWithin } from '../host/path-within'
import { writeFileAtomic } from '../host/write-file'
import { inputError, usageError } from './cli-error'
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from './cli-io'
import { consolidateReport, consolidateText, type RunSummary, writeConsolidateJson } from './consolidate-output'
import { isResolved, keptPaths, planConsolidation, replacedPaths, savedDecisionTexts, withMemberLinks, writesOf, type ConsolidationPlan } from './consolidate-plan'
import { loadFolder } from './folder-stream'
import { formatProblem } from './load-documents'
import { parseArgs } from './parse-args'
import { progressLine, runProgress, type ProgressLine } from './progress'
import { realPathOf } from './real-path'

const OPTIONS = {
  policy: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  report: { type: 'string' },
  only: { type: 'list' },
  force: { type: 'boolean' },
} as const

async function isDirectory(path: string): Promise<boolean | null> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return null
  }
}

export async function consolidateCommand(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, OPTIONS, 'consolidate')
  if (args.positionals.length !== 1) throw usageError('consolidate needs exactly one folder', 'consolidate')
  const policy = (args.strings['policy'] ?? 'propose') as MergePolicy
  if (!MERGE_POLICIES.includes(policy)) throw usageError(`--policy must be one of ${MERGE_POLICIES.join(', ')}, not "${policy}"`, 'consolidate')
  const target = args.positionals[0]!
  const folder = resolve(cwd, target)
  const isDir = await isDirectory(folder)
  if (isDir === null) throw inputError(target, 'no such folder')
  if (!isDir) throw usageError(`${target} is a file; consolidate takes a folder`, 'consolidate')
  const out = args.strings['out'] === undefined ? null : resolve(cwd, args.strings['out'])
  const dryRun = args.flags.has('dry-run')
  const force = args.flags.has('force')
  const realFolder = await realPathOf(folder)
  if (out !== null) {
    // By real paths too: a link must not lead --out into the folder (--out may not exist yet).
    const realOut = await realPathOf(out)
    if (isWithin(folder, out) || isWithin(out, folder) || isWithin(realFolder, realOut) || isWithin(realOut, realFolder)) throw usageError(`--out ${args.strings['out']} must be outside ${target} (and not hold it)`, 'consolidate')
    const outIsDir = await isDirectory(out)
    if (outIsDir === false) throw inputError(args.strings['out']!, 'is a file; --out takes a folder')
    if (outIsDir && !force && (await readdir(out)).length > 0) throw inputError(args.strings['out']!, 'is not empty; refusing to write into it (pass --force to write over what is there)')
  }

  const reportPath = args.strings['report'] === undefined ? null : resolve(cwd, args.strings['report'])
  // A report inside a folder changed in place would be a new file there that undo does not know.
  if (reportPath !== null && !dryRun && out === null && (isWithin(folder, reportPath) || isWithin(realFolder, await realPathOf(reportPath)))) throw usageError('--report must be outside the folder when it is consolidated in place', 'consolidate')
  // Checked before any write: a report that cannot be written would fail the run after the
  // library changed, and hide its summary (the archive id to undo it).
  if (reportPath !== null) {
    const report = args.strings['report']!
    if ((await isDirectory(reportPath)) === true) throw usageError(`--report ${report} is a folder; it takes a file`, 'consolidate')
    if ((await isDirectory(dirname(reportPath))) !== true) throw usageError(`--report ${report}: its folder ${dirname(reportPath)} does not exist`, 'consolidate')
  }

  const progress = io.stderrIsTTY ? progressLine(io.stderr) : null
  const saved = await savedDecisionTexts(folder)
  // The files' hashes are read only to check saved decisions against them and, in place, that no
  // file changed before it is archived: a run that changes nothing in the folder and has no saved
  // decision does not hash the files.
  const mode = dryRun ? 'dry-run' : out !== null ? 'out' : 'in-place'
  const load = await loadFolder(target, cwd, {
    ...(progress === null ? {} : { progress: { scanned: (p) => progress.update(`Scanning ${target}: ${p.scanned} files looked at, ${p.found} agent files read`) } }),
    hashes: mode === 'in-place' || saved.size > 0,
  })
  progress?.update('Grouping and proposing merges…')
  const plan = await withMemberLinks(planConsolidation(folder, load, { policy, only: args.lists['only'] ?? [], saved, cwd }), !args.flags.has('json'))
  progress?.clear()
  if (plan.unknownNames.length > 0) throw inputError(target, `no duplicate group named ${plan.unknownNames.map((n) => `"${n}"`).join(', ')}`)

  let summary: RunSummary = { mode, policy, out: args.strings['out'] ?? null, archiveId: null, copied: 0 }
  if (!dryRun && out !== null) summary = { ...summary, copied: await writeOut(plan, out, force) }
  else if (!dryRun) summary = { ...summary, archiveId: await applyInPlace(plan, io, progress) }

  let reportFailed = false
  if (reportPath !== null) {
    try {
      await writeFileAtomic(reportPath, consolidateReport(plan, summary), { expectedHash: null, force: true })
    } catch (error) {
      // The run is done: its summary (and archive id) still prints below.
      io.stderr.write(`${args.strings['report']}: the report could not be written: ${(error as { message?: string }).message ?? String(error)}\n`)
      reportFailed = true
    }
  }
  for (const p of plan.problems) io.stderr.write(`${formatProblem(p)}\n`)
  for (const g of plan.groups) if (g.plan.kind === 'unresolved') io.stderr.write(`${g.key}: not resolved: ${g.plan.why}\n`)
  if (args.flags.has('json')) writeConsolidateJson(plan, summary, (text) => io.stdout.write(text))
  else io.stdout.write(consolidateText(plan, summary))
  return !reportFailed && plan.groups.every((g) => isResolved(g.plan)) ? EXIT_OK : EXIT_FINDINGS
}

/** The consolidated library in `out`: every group's new files, every other agent file (read or
 *  not: binary, too large) copied byte for byte, at the same relative paths. */
async function writeOut(plan: ConsolidationPlan, out: string, force: boolean): Promise<number> {
  const replaced = new Set(plan.groups.flatMap((g) => replacedPaths(g.plan)))
  const target = (path: string): string => join(out, relativeTo(plan.folder, path) ?? path)
  let copied = 0
  for (const path of plan.files) {
    if (replaced.has(path) || relativeTo(plan.folder, path) === null) continue
    await mkdir(dirname(target(path)), { recursive: true })
    await copyFile(path, target(path))
    copied++
  }
  for (const g of plan.groups) {
    for (const w of writesOf(g.plan)) {
      await mkdir(dirname(target(w.path)), { recursive: true })
      await writeFileAtomic(target(w.path), w.text, { expectedHash: null, force })
    }
  }
  return copied
}

/** In place, as one archive; returns its id (null when no group needed changing). */
async function applyInPlace(plan: ConsolidationPlan, io: CliIo, progress: ProgressLine | null): Promise<string | null> {
  const resolved = plan.groups.filter((g) => isResolved(g.plan))
  const hashOf = new Map(plan.docs.map((d) => [d.doc.path, d.fileHash]))
  const archive = resolved.flatMap((g) => replacedPaths(g.plan)).map((path) => ({ path, hash: hashOf.get(path)! }))
  if (archive.length === 0) return null
  const writes = resolved.flatMap((g) => writesOf(g.plan))
  const keep = resolved.flatMap(keptPaths)
  try {
    return (await applyRun(plan.folder, { archive, writes, keep }, new Date(), (m) => io.stderr.write(`${m}\n`), runProgress(progress, 'Archiving and writing'))).archiveId
  } catch (error) {
    const e = error as { message?: string }
    throw inputError(plan.folder, (e.message ?? String(error)).split(`${plan.folder}/`).join(''))
  } finally {
    progress?.clear()
  }
}
