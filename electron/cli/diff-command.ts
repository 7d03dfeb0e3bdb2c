// agent-merge diff <file> <file>... [--json]: aligned key rows and section rows with status.

import { usageError } from './cli-error'
import { EXIT_OK, type CliIo } from './cli-io'
import { paintFor } from './colour'
import { diffJson, diffText } from './diff-output'
import { alignVariants } from './engine'
import { loadDocument } from './load-documents'
import { parseArgs } from './parse-args'

export async function diffCommand(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, { json: { type: 'boolean' } }, 'diff')
  if (args.positionals.length < 2) throw usageError('diff needs at least two files', 'diff')
  const loaded = []
  for (const path of args.positionals) loaded.push(await loadDocument(path, cwd))
  const docs = loaded.map((l) => l.doc)
  const input = { displays: loaded.map((l) => l.display), docs, alignment: alignVariants(docs) }
  if (args.flags.has('json')) io.stdout.write(`${JSON.stringify(diffJson(input), null, 2)}\n`)
  else io.stdout.write(diffText(input, paintFor(io)))
  return EXIT_OK
}
