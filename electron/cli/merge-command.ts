// agent-merge merge <file>... (--take <n> | --recipe <file>) [-o <out>] [--print-recipe] [--force]

import type { AlignedRows } from '../../shared/engine/align/aligned-rows'
import type { Recipe } from '../../shared/engine/recipe/recipe-model'
import { inputError, usageError } from './cli-error'
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from './cli-io'
import { paintFor } from './colour'
import { diagnosticLine } from './diagnostics-text'
import { alignRows, applyRecipe, defaultRecipe, takeAllFrom } from './engine'
import { loadDocument, type LoadedDocument } from './load-documents'
import { loadRecipe } from './load-recipe'
import { parseArgs, positiveInteger } from './parse-args'
import { recipeSourcePaths } from './recipe-sources'
import { oneLine } from './terminal-text'
import { writeMergedFile } from './write-output'

const OPTIONS = {
  take: { type: 'string' },
  recipe: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'print-recipe': { type: 'boolean' },
  force: { type: 'boolean' },
} as const

async function loadAll(paths: readonly string[], cwd: string): Promise<LoadedDocument[]> {
  const loaded: LoadedDocument[] = []
  for (const path of paths) loaded.push(await loadDocument(path, cwd))
  return loaded
}

export async function mergeCommand(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  const args = parseArgs(argv, OPTIONS, 'merge')
  const take = args.strings['take']
  const recipePath = args.strings['recipe']
  if ((take === undefined) === (recipePath === undefined)) throw usageError('merge needs exactly one of --take <n> or --recipe <file>', 'merge')
  const output = args.strings['output']
  if (output !== undefined && args.flags.has('print-recipe')) throw usageError('--print-recipe prints the recipe instead of the text; it cannot be combined with -o', 'merge')

  let loaded: LoadedDocument[]
  let recipe: Recipe
  // Of --take's files, made once for the recipe and the merge; without statuses, which a merge never reads.
  let alignment: AlignedRows | undefined
  if (take !== undefined) {
    if (args.positionals.length === 0) throw usageError('merge --take needs at least one file', 'merge')
    const n = positiveInteger(take, '--take', 'merge')
    if (n > args.positionals.length) throw usageError(`--take ${n}: only ${args.positionals.length} file${args.positionals.length === 1 ? ' was' : 's were'} given`, 'merge')
    loaded = await loadAll(args.positionals, cwd)
    const docs = loaded.map((l) => l.doc)
    alignment = alignRows(docs)
    // The hashes let a saved recipe re-find its rows; only --print-recipe shows this one.
    recipe = takeAllFrom(defaultRecipe(docs, alignment, { hashes: args.flags.has('print-recipe') }), alignment, n - 1)
  } else {
    recipe = await loadRecipe(recipePath!, cwd)
    if (args.positionals.length === 0) {
      loaded = await loadAll(await recipeSourcePaths(recipe, recipePath!, cwd), cwd)
    } else {
      if (args.positionals.length !== recipe.sources.length) {
        throw inputError(recipePath!, `the recipe has ${recipe.sources.length} source${recipe.sources.length === 1 ? '' : 's'} but ${args.positionals.length} file${args.positionals.length === 1 ? ' was' : 's were'} given`)
      }
      loaded = await loadAll(args.positionals, cwd)
    }
    recipe.sources.forEach((source, i) => {
      if (loaded[i]!.doc.hash !== source.hash) {
        io.stderr.write(`${oneLine(loaded[i]!.display)}: warning: changed since the recipe was made; its rows are matched again by section\n`)
      }
    })
  }

  if (args.flags.has('print-recipe')) {
    io.stdout.write(`${JSON.stringify(recipe, null, 2)}\n`)
    return EXIT_OK
  }
  const docs = loaded.map((l) => l.doc)
  const result = applyRecipe(recipe, docs, alignment ?? alignRows(docs))
  const label = oneLine(output ?? '<merged>')
  const paint = paintFor({ ...io, isTTY: false })
  if (result.undecidedRows.length > 0) io.stderr.write(`${label}: warning: ${result.undecidedRows.length} section row(s) undecided and left out: ${oneLine(result.undecidedRows.join(', '))}\n`)
  if (result.undecidedKeys.length > 0) io.stderr.write(`${label}: warning: ${result.undecidedKeys.length} key(s) undecided and left out: ${oneLine(result.undecidedKeys.join(', '))}\n`)
  for (const d of result.diagnostics) io.stderr.write(`${diagnosticLine(label, d, paint)}\n`)

  if (output === undefined) io.stdout.write(result.text)
  else {
    await writeMergedFile(output, cwd, result.text, loaded, args.flags.has('force'))
    io.stderr.write(`Wrote ${oneLine(output)}\n`)
  }
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT_FINDINGS : EXIT_OK
}
