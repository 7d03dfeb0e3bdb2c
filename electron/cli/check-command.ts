// agent-merge check <file|folder>... [--json]: lint findings; exit 1 when there are errors.
// With --duplicates: names defined more than once (duplicates-check.ts).

import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { AgentDocument, Diagnostic } from '../../shared/engine/model'
import { usageError } from './cli-error'
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from './cli-io'
import { paintFor } from './colour'
import { duplicatesCheck } from './duplicates-check'
import { diagnosticJson, diagnosticLine, mergeDiagnostics } from './diagnostics-text'
import { detachedDiagnostics } from './detached'
import { lintDocument } from './engine'
import { isKeptFile, streamFolder } from './folder-stream'
import { formatProblem, isProblem, tryLoadDocument, type LoadProblem } from './load-documents'
import { parseArgs } from './parse-args'

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false // missing files are reported by the loader, with their path
  }
}

/** What `check` keeps of a file: what it prints, never the document. */
interface CheckedFile {
  readonly display: string
  readonly format: AgentDocument['format']
  readonly frontmatterMode: AgentDocument['frontmatterMode']
  readonly diagnostics: readonly Diagnostic[]
}

function checked(display: string, doc: AgentDocument): CheckedFile {
  const diagnostics = detachedDiagnostics(mergeDiagnostics(doc.diagnostics, lintDocument(doc)))
  return { display, format: doc.format, frontmatterMode: doc.frontmatterMode, diagnostics }
}

export async function checkCommand(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, { json: { type: 'boolean' }, duplicates: { type: 'boolean' } }, 'check')
  if (args.flags.has('duplicates')) return duplicatesCheck(args.positionals, args.flags.has('json'), io, cwd)
  if (args.positionals.length === 0) throw usageError('check needs at least one file or folder', 'check')
  // Each file is linted as it is read and its document dropped (folder-stream.ts): a folder of
  // 100,000 files is checked in the memory of what is printed.
  const results: (CheckedFile | LoadProblem)[] = []
  for (const target of args.positionals) {
    const absolute = resolve(cwd, target)
    if (await isFolder(absolute)) {
      const folder = await streamFolder(target, cwd, (doc) => checked('', doc))
      for (const file of folder.files) results.push(isKeptFile(file) ? { ...file.kept, display: file.display } : file)
      for (const s of folder.skipped) {
        if (s.blocking) results.push(s)
        else io.stderr.write(`${formatProblem(s)}\n`)
      }
    } else {
      const loaded = await tryLoadDocument(target, absolute)
      results.push(isProblem(loaded) ? loaded : checked(loaded.display, loaded.doc))
    }
  }
  const unreadable = results.filter(isUnreadable).length
  let errors = 0
  let warnings = 0
  for (const r of results) {
    if (isUnreadable(r)) continue
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++
      else if (d.severity === 'warning') warnings++
    }
  }

  if (args.flags.has('json')) {
    const files = results.map((r) =>
      isUnreadable(r)
        ? { path: r.display, readable: false, error: r.message, ...(r.line !== undefined ? { line: r.line } : {}), diagnostics: [] }
        : { path: r.display, readable: true, format: r.format, frontmatterMode: r.frontmatterMode, diagnostics: r.diagnostics.map(diagnosticJson) },
    )
    io.stdout.write(`${JSON.stringify({ version: 1, files, errors, warnings, unreadable }, null, 2)}\n`)
  } else {
    const paint = paintFor(io)
    for (const r of results) {
      if (isUnreadable(r)) io.stderr.write(`${formatProblem(r)}\n`)
      else for (const d of r.diagnostics) io.stdout.write(`${diagnosticLine(r.display, d, paint)}\n`)
    }
    const summary = `${results.length} file${results.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${unreadable > 0 ? `, ${unreadable} unreadable` : ''}`
    io.stderr.write(`${summary}\n`)
  }
  return errors > 0 || unreadable > 0 ? EXIT_FINDINGS : EXIT_OK
}

function isUnreadable(r: CheckedFile | LoadProblem): r is LoadProblem {
  return 'message' in r
}
