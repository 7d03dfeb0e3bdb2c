// agent-merge check --duplicates <folder>...: names defined more than once across the folders (a
// library installed together), and which of them collide inside one tool folder, where the file
// system's read order picks the copy that loads. Exit 1 when any name is defined twice: a CI guard.

import { resolve } from 'node:path'
import { findDuplicateNames } from '../../shared/engine/consolidate'
import { inputError, usageError } from './cli-error'
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from './cli-io'
import { detachedString } from './detached'
import { isKeptFile, streamFolder } from './folder-stream'
import { formatProblem } from './load-documents'
import { linksAmong } from './member-links'
import { stat } from 'node:fs/promises'

export async function duplicatesCheck(targets: readonly string[], json: boolean, io: CliIo, cwd: string): Promise<number> {
  if (targets.length === 0) throw usageError('check --duplicates needs a folder', 'check')
  // Only each file's path and name are kept, never its document (folder-stream.ts).
  const docs: { readonly display: string; readonly path: string; readonly name: string }[] = []
  for (const target of targets) {
    const info = await stat(resolve(cwd, target)).catch(() => null)
    if (info === null) throw inputError(target, 'no such folder')
    if (!info.isDirectory()) throw usageError(`${target} is a file; check --duplicates takes folders`, 'check')
    const folder = await streamFolder(target, cwd, (doc) => ({ path: doc.path, name: detachedString(doc.identity) }))
    for (const file of folder.files) {
      if (isKeptFile(file)) docs.push({ display: file.display, ...file.kept })
      else io.stderr.write(`${formatProblem(file)}\n`)
    }
  }
  const display = new Map(docs.map((d) => [d.path, d.display]))
  const home = io.env?.['HOME']
  const duplicates = findDuplicateNames(docs.map(({ path, name }) => ({ path, name })), home ? { homeDir: home } : {})
  const shown = (path: string): string => display.get(path) ?? path
  if (json) {
    io.stdout.write(`${JSON.stringify({ version: 1, files: docs.length, duplicates: duplicates.map((d) => ({ name: d.name, files: d.files.map(shown), collisions: d.collisions.map((c) => ({ tool: c.tool, folder: c.folder, files: c.files.map(shown) })) })) }, null, 2)}\n`)
  } else {
    for (const d of duplicates) {
      io.stdout.write(`${d.name}: defined ${d.files.length} times${d.collisions.length > 0 ? ' (collision: one loads by read order)' : ''}\n`)
      for (const f of d.files) io.stdout.write(`  ${shown(f)}\n`)
      for (const l of await linksAmong(d.files)) io.stdout.write(`  ${shown(l.path)} is a link to ${shown(l.target)}\n`)
      for (const c of d.collisions) io.stdout.write(`  collide inside ${c.folder} (${c.tool}): ${c.files.map(shown).join(', ')}\n`)
    }
    const colliding = duplicates.filter((d) => d.collisions.length > 0).length
    io.stderr.write(duplicates.length === 0 ? `${docs.length} files: every name is defined once\n` : `${docs.length} files: ${duplicates.length} name${duplicates.length === 1 ? '' : 's'} defined more than once, ${colliding} colliding inside one tool folder\n`)
  }
  return duplicates.length === 0 ? EXIT_OK : EXIT_FINDINGS
}
