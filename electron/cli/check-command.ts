// agent-merge check <file|folder>... [--json]: lint findings; exit 1 when there are errors.
// With --duplicates: names defined more than once (duplicates-check.ts).

import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { usageError } from './cli-error'
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from './cli-io'
import { paintFor } from './colour'
import { duplicatesCheck } from './duplicates-check'
import { diagnosticJson, diagnosticLine, mergeDiagnostics } from './diagnostics-text'
import { lintDocument } from './engine'
import { formatProblem, isProblem, loadFolder, tryLoadDocument, type LoadedDocument, type LoadProblem } from './load-documents'
import { parseArgs } from './parse-args'

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false // missing files are reported by the loader, with their path
  }
}

export async function checkCommand(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, { json: { type: 'boolean' }, duplicates: { type: 'boolean' } }, 'check')
  if (args.flags.has('duplicates')) return duplicatesCheck(args.positionals, args.flags.has('json'), io, cwd)
  if (args.positionals.length === 0) throw usageError('check needs at least one file or folder', 'check')
  const loaded: (LoadedDocument | LoadProblem)[] = []
  for (const target of args.positionals) {
    const absolute = resolve(cwd, target)
    if (await isFolder(absolute)) {
      const folder = await loadFolder(target, cwd)
      loaded.push(...folder.docs)
      for (const s of folder.skipped) {
        if (s.blocking) loaded.push(s)
        else io.stderr.write(`${formatProblem(s)}\n`)
      }
    } else {
      loaded.push(await tryLoadDocument(target, absolute))
    }
  }
  const results = loaded.map((item) =>
    isProblem(item) ? { item, diagnostics: [] } : { item, diagnostics: mergeDiagnostics(item.doc.diagnostics, lintDocument(item.doc)) },
  )
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0)
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0)
  const unreadable = results.filter((r) => isProblem(r.item)).length

  if (args.flags.has('json')) {
    const files = results.map(({ item, diagnostics }) =>
      isProblem(item)
        ? { path: item.display, readable: false, error: item.message, ...(item.line !== undefined ? { line: item.line } : {}), diagnostics: [] }
        : { path: item.display, readable: true, format: item.doc.format, frontmatterMode: item.doc.frontmatterMode, diagnostics: diagnostics.map(diagnosticJson) },
    )
    io.stdout.write(`${JSON.stringify({ version: 1, files, errors, warnings, unreadable }, null, 2)}\n`)
  } else {
    const paint = paintFor(io)
    for (const { item, diagnostics } of results) {
      if (isProblem(item)) io.stderr.write(`${formatProblem(item)}\n`)
      for (const d of diagnostics) io.stdout.write(`${diagnosticLine(item.display, d, paint)}\n`)
    }
    const summary = `${results.length} file${results.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${unreadable > 0 ? `, ${unreadable} unreadable` : ''}`
    io.stderr.write(`${summary}\n`)
  }
  return errors > 0 || unreadable > 0 ? EXIT_FINDINGS : EXIT_OK
}
