// Reads a recipe from JSON text with the schema of recipe-schema.ts (docs/recipe.schema.json is
// generated from it): every error names the JSON path it is about. Cross-field rules the schema
// cannot say (a variant index within `sources`, a row named twice) are reported by checkRecipe /
// applyRecipe, not here.

import * as v from 'valibot'
import type { Choice, Recipe } from './recipe-model'
import { isMissingProperty } from '../../strict-record'
import { recipeSchema } from './recipe-schema'

export interface RecipeError {
  readonly path: string
  readonly message: string
}

export type ParsedRecipe = { readonly ok: true; readonly recipe: Recipe } | { readonly ok: false; readonly errors: readonly RecipeError[] }

export function parseRecipeJson(text: string): ParsedRecipe {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `Not valid JSON: ${(error as Error).message}` }] }
  }
  return validateRecipe(data)
}

/** Validates already-parsed JSON data against the recipe schema. */
export function validateRecipe(data: unknown): ParsedRecipe {
  const result = v.safeParse(recipeSchema, data)
  return result.success ? { ok: true, recipe: result.output } : { ok: false, errors: result.issues.map(recipeError) }
}

/** An issue as a JSON pointer and its message; a missing property is reported on its object. */
function recipeError(issue: v.BaseIssue<unknown>): RecipeError {
  const keys = (issue.path ?? []).map((item) => escapePointer(String(item.key)))
  return { path: (isMissingProperty(issue) ? keys.slice(0, -1) : keys).map((k) => `/${k}`).join(''), message: issue.message }
}

/** The cross-field rule the schema cannot say: every variant index (`base`, a pick's `variant`,
 *  a combine's `variants`) names one of `sources`. */
export function variantRangeErrors(recipe: Recipe): RecipeError[] {
  const count = recipe.sources.length
  const errors: RecipeError[] = []
  const range = count === 0 ? 'the recipe has no sources' : `the recipe has ${count} source${count === 1 ? '' : 's'} (variants 0-${count - 1})`
  const check = (index: number, path: string): void => {
    if (index >= count) errors.push({ path, message: `Variant ${index} does not exist; ${range}.` })
  }
  if (recipe.base !== undefined) check(recipe.base, '/base')
  const checkPick = (pick: Choice, path: string): void => {
    if (pick.kind === 'variant') check(pick.variant, `${path}/variant`)
    if (pick.kind === 'combine') pick.variants.forEach((variant, i) => check(variant, `${path}/variants/${i}`))
  }
  recipe.keys.forEach((k, i) => checkPick(k.pick, `/keys/${i}/pick`))
  recipe.rows.forEach((r, i) => checkPick(r.pick, `/rows/${i}/pick`))
  return errors
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
