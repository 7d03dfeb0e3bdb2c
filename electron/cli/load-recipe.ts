// Reading a recipe file for `merge --recipe`: every problem is `file[:line]: at <json path>: message`.

import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Recipe } from '../../shared/engine/recipe/recipe-model'
import { CliError, inputError, locate } from './cli-error'
import { EXIT_FINDINGS } from './cli-io'
import { parseRecipeJson, variantRangeErrors } from './engine'
import { oneLine } from './terminal-text'

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++
  return line
}

/** JSON.parse messages name a position (Node 20: "at position 12"); turn it into a line. */
function jsonErrorLine(text: string, message: string): number | undefined {
  const match = /position (\d+)/.exec(message)
  return match === null ? undefined : lineAt(text, Number(match[1]))
}

export async function loadRecipe(display: string, cwd: string): Promise<Recipe> {
  let text: string
  try {
    const bytes = await readFile(resolve(cwd, display))
    text = bytes.toString('utf8')
    if (bytes.includes(0)) throw inputError(display, 'is a binary file, not a recipe (JSON)')
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as { code?: string }).code
    throw inputError(display, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a recipe file' : `could not be read (${code ?? 'unknown error'})`)
  }
  const parsed = parseRecipeJson(text)
  const errors = parsed.ok ? variantRangeErrors(parsed.recipe) : parsed.errors
  if (parsed.ok && errors.length === 0) return parsed.recipe
  const lines = errors.map((e) => {
    const line = e.path === '' ? jsonErrorLine(text, e.message) : undefined
    return `${locate(display, line)}: ${e.path === '' ? '' : `at ${oneLine(e.path)}: `}${oneLine(e.message)}`
  })
  throw new CliError(lines.join('\n'), EXIT_FINDINGS)
}
