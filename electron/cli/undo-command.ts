// agent-merge undo <folder> [<archive-id>]: reverses a `consolidate` run made in place (default:
// the folder's latest), restoring every file byte for byte.

import { resolve } from 'node:path'
import { undoRun } from '../host/library-run'
import { inputError, usageError } from './cli-error'
import { EXIT_OK, type CliIo } from './cli-io'
import { parseArgs } from './parse-args'
import { progressLine, runProgress } from './progress'

export async function undoCommand(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, { json: { type: 'boolean' } }, 'undo')
  if (args.positionals.length < 1 || args.positionals.length > 2) throw usageError('undo needs a folder and, optionally, an archive id', 'undo')
  const [target, id] = args.positionals as [string, string | undefined]
  const folder = resolve(cwd, target)
  const progress = io.stderrIsTTY ? progressLine(io.stderr) : null
  let result
  try {
    result = await undoRun(folder, id, (m) => io.stderr.write(`${m}\n`), runProgress(progress, 'Putting the files back'))
  } catch (error) {
    const message = (error as { message?: string }).message ?? String(error)
    throw inputError(target, message.startsWith(`${folder} `) ? message.slice(folder.length + 1) : message.split(`${folder}/`).join(''))
  } finally {
    progress?.clear()
  }
  if (args.flags.has('json')) io.stdout.write(`${JSON.stringify({ version: 1, archiveId: result.archiveId, restored: result.restored, removed: result.removed }, null, 2)}\n`)
  else io.stdout.write(`Undid ${result.archiveId}: ${result.restored.length} file${result.restored.length === 1 ? '' : 's'} restored, ${result.removed.length} written file${result.removed.length === 1 ? '' : 's'} removed.\n`)
  return EXIT_OK
}
