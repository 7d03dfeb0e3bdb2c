// Small JSON files in the config folder: read with a fallback (a corrupted file is reported once
// and ignored, never fatal) and written atomically.

import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from './write-file'

export type Warn = (message: string) => void

export async function readJsonFile(path: string, warn: Warn): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') warn(`Could not read ${path}: ${(error as Error).message}; using defaults`)
    return undefined
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    warn(`Ignoring ${path}: it is not valid JSON (${(error as Error).message})`)
    return undefined
  }
}

/** `checkedRealPath`: `path` is a real path the caller checked; write exactly there or nowhere. */
export async function writeJsonFile(path: string, value: unknown, checkedRealPath = false): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, { expectedHash: null, force: true, checkedRealPath })
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
