// Reads a recipe from JSON text. Hand-written to match docs/recipe.schema.json exactly (a test
// checks both against the same documents): every error names the JSON path it is about.
// Cross-field rules the schema cannot say (a variant index within `sources`, a row named twice)
// are reported by checkRecipe / applyRecipe, not here.

import { RECIPE_VERSION } from './recipe-model'
import type { Choice, Recipe } from './recipe-model'

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
  const errors: RecipeError[] = []
  const fail = (path: string, message: string): void => void errors.push({ path, message })
  if (!isObject(data)) return { ok: false, errors: [{ path: '', message: 'A recipe is a JSON object.' }] }
  checkKeys(data, '', ['version', 'sources', 'keys', 'rows'], ['$schema', 'eol', 'base'], fail)
  if ('$schema' in data && typeof data.$schema !== 'string') fail('/$schema', 'Must be a string.')
  if ('version' in data && data.version !== RECIPE_VERSION)
    fail('/version', `Unsupported recipe version ${JSON.stringify(data.version)}; this app reads version ${RECIPE_VERSION}.`)
  eachItem(data, 'sources', fail, (source, path) => {
    if (!isObject(source)) return fail(path, 'A source is an object with path and hash.')
    checkKeys(source, path, ['path', 'hash'], [], fail)
    if ('path' in source) checkNonEmptyString(source.path, `${path}/path`, fail)
    if ('hash' in source) checkSha256(source.hash, `${path}/hash`, fail)
  })
  eachItem(data, 'keys', fail, (keyPick, path) => {
    if (!isObject(keyPick)) return fail(path, 'A key pick is an object with key and pick.')
    checkKeys(keyPick, path, ['key', 'pick'], ['valueHashes'], fail)
    if ('key' in keyPick) checkNonEmptyString(keyPick.key, `${path}/key`, fail)
    if ('pick' in keyPick) checkPick(keyPick.pick, `${path}/pick`, fail)
    eachItem(keyPick, 'valueHashes', fail, (hash, hashPath) => {
      if (hash !== null) checkSha256(hash, hashPath, fail)
    }, path)
  })
  eachItem(data, 'rows', fail, (rowPick, path) => {
    if (!isObject(rowPick)) return fail(path, 'A row pick is an object with row, pick, sectionKeys and sectionHashes.')
    checkKeys(rowPick, path, ['row', 'pick', 'sectionKeys', 'sectionHashes'], ['sectionBodyHashes'], fail)
    if ('row' in rowPick) checkNonEmptyString(rowPick.row, `${path}/row`, fail)
    if ('pick' in rowPick) checkPick(rowPick.pick, `${path}/pick`, fail)
    eachItem(rowPick, 'sectionKeys', fail, (key, keyPath) => {
      if (key !== null && typeof key !== 'string') fail(keyPath, 'Must be a section key (string) or null.')
    }, path)
    eachItem(rowPick, 'sectionHashes', fail, (hash, hashPath) => {
      if (hash !== null) checkSha256(hash, hashPath, fail)
    }, path)
    eachItem(rowPick, 'sectionBodyHashes', fail, (hash, hashPath) => {
      if (hash !== null) checkSha256(hash, hashPath, fail)
    }, path)
  })
  if ('eol' in data && data.eol !== '\n' && data.eol !== '\r\n') fail('/eol', 'Must be "\\n" or "\\r\\n".')
  if ('base' in data) checkVariantIndex(data.base, '/base', fail)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, recipe: data as unknown as Recipe }
}

type Fail = (path: string, message: string) => void

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
    if (pick.kind === 'combine') pick.variants.forEach((v, i) => check(v, `${path}/variants/${i}`))
  }
  recipe.keys.forEach((k, i) => checkPick(k.pick, `/keys/${i}/pick`))
  recipe.rows.forEach((r, i) => checkPick(r.pick, `/rows/${i}/pick`))
  return errors
}

const PICK_FIELDS: Record<Choice['kind'], readonly string[]> = {
  variant: ['variant'],
  combine: ['variants'],
  custom: ['text'],
  omit: [],
  undecided: [],
}

function checkPick(pick: unknown, path: string, fail: Fail): void {
  if (!isObject(pick)) return fail(path, 'A pick is an object with a kind.')
  const kind = pick.kind
  if (typeof kind !== 'string' || !Object.hasOwn(PICK_FIELDS, kind))
    return fail(`${path}/kind`, `Must be one of ${Object.keys(PICK_FIELDS).join(', ')}.`)
  checkKeys(pick, path, ['kind', ...PICK_FIELDS[kind as Choice['kind']]], [], fail)
  if (kind === 'variant' && 'variant' in pick) checkVariantIndex(pick.variant, `${path}/variant`, fail)
  if (kind === 'custom' && 'text' in pick && typeof pick.text !== 'string') fail(`${path}/text`, 'Must be a string.')
  if (kind === 'combine' && 'variants' in pick) {
    const variants = pick.variants
    if (!Array.isArray(variants)) return fail(`${path}/variants`, 'Must be an array of variant indices.')
    if (variants.length === 0) fail(`${path}/variants`, 'Must name at least one variant.')
    variants.forEach((v, i) => checkVariantIndex(v, `${path}/variants/${i}`, fail))
    if (new Set(variants).size !== variants.length) fail(`${path}/variants`, 'Names a variant twice.')
  }
}

function checkKeys(obj: Record<string, unknown>, path: string, required: readonly string[], optional: readonly string[], fail: Fail): void {
  for (const key of required) if (!(key in obj)) fail(path, `Missing "${key}".`)
  for (const key of Object.keys(obj))
    if (!required.includes(key) && !optional.includes(key)) fail(`${path}/${escapePointer(key)}`, `Unknown property "${key}".`)
}

function eachItem(obj: Record<string, unknown>, field: string, fail: Fail, check: (item: unknown, path: string) => void, parent = ''): void {
  if (!(field in obj)) return
  const items = obj[field]
  const path = `${parent}/${field}`
  if (!Array.isArray(items)) return fail(path, 'Must be an array.')
  items.forEach((item, i) => check(item, `${path}/${i}`))
}

function checkNonEmptyString(value: unknown, path: string, fail: Fail): void {
  if (typeof value !== 'string' || value.length === 0) fail(path, 'Must be a non-empty string.')
}

function checkSha256(value: unknown, path: string, fail: Fail): void {
  if (typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) fail(path, 'Must be a SHA-256 hex string (64 lowercase hex digits).')
}

function checkVariantIndex(value: unknown, path: string, fail: Fail): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(path, 'Must be a variant index (integer >= 0).')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
