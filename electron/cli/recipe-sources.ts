// `merge --recipe` without files reads the recipe's own sources, relative to the recipe file, and
// only inside the recipe's folder: a recipe from elsewhere must not read /etc/passwd or
// ../../secret into its output. Files named on the command line are used as given.

import { dirname, resolve } from 'node:path'
import type { Recipe } from '../../shared/engine/recipe/recipe-model'
import { isWithin } from '../host/path-within'
import { inputError } from './cli-error'
import { realPathOrSelf } from './real-path'

/** The absolute paths of the recipe's sources; a CliError (exit 1) for one outside its folder. */
export async function recipeSourcePaths(recipe: Recipe, recipeDisplay: string, cwd: string): Promise<string[]> {
  const folder = dirname(resolve(cwd, recipeDisplay))
  const realFolder = await realPathOrSelf(folder)
  const paths: string[] = []
  for (const [i, source] of recipe.sources.entries()) {
    const where = `at /sources/${i}/path:`
    if (source.path.includes('\0')) throw inputError(recipeDisplay, `${where} the path contains a NUL character`)
    const absolute = resolve(folder, source.path)
    // A link inside the folder that leads out counts as outside (a missing file is reported when read).
    if (!isWithin(folder, absolute) || !isWithin(realFolder, await realPathOrSelf(absolute))) {
      throw inputError(recipeDisplay, `${where} ${JSON.stringify(source.path)} is outside the recipe's folder; a recipe reads only files beside it (or name the files on the command line)`)
    }
    paths.push(absolute)
  }
  return paths
}
