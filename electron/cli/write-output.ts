// `merge -o`: atomic write through the host's writer; refuses to overwrite an existing file, and
// above all one of the inputs, unless --force.

import { resolve } from 'node:path'
import { writeFileAtomic } from '../host/write-file'
import { inputError } from './cli-error'
import type { LoadedDocument } from './load-documents'
import { realPathOrSelf } from './real-path'

export async function writeMergedFile(display: string, cwd: string, text: string, inputs: readonly LoadedDocument[], force: boolean): Promise<void> {
  const target = resolve(cwd, display)
  const real = await realPathOrSelf(target)
  let input: LoadedDocument | undefined
  for (const loaded of inputs) if ((await realPathOrSelf(loaded.doc.path)) === real) input = loaded
  if (input !== undefined && !force) throw inputError(display, 'is one of the inputs; refusing to overwrite it (pass --force to replace it)')
  try {
    // Over an input: only if it is still the text that was merged from (no lost edits).
    if (input !== undefined) await writeFileAtomic(target, text, { expectedHash: input.fileHash })
    else await writeFileAtomic(target, text, { expectedHash: null, force })
  } catch (error) {
    const e = error as { code?: string; message?: string }
    if (e.code === 'exists') throw inputError(display, 'already exists; refusing to overwrite it (pass --force to replace it)')
    const message = typeof e.message === 'string' ? e.message : String(error)
    throw inputError(display, message.startsWith(`${target} `) ? message.slice(target.length + 1) : message)
  }
}
