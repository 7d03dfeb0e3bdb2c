// The recipe's shape as one valibot schema: the engine validates with it and
// docs/recipe.schema.json is generated from it (scripts/recipe-schema/), so the two cannot
// drift. Each message says what was expected; the path comes with the issue.

import * as v from 'valibot'
import { plainObject, recordMessage, strictRecord, type RecordMessages } from '../../strict-record'
import { RECIPE_VERSION } from './recipe-model'

const messages = (notObject: string): RecordMessages => ({ notObject, missing: (key) => `Missing ${key}.`, unknown: (key) => `Unknown property ${key}.` })
/** An object with exactly these properties; `expected` when it is not an object at all. */
const record = <const E extends v.ObjectEntries>(entries: E, expected: string) => strictRecord(entries, messages(expected))
const list = <const S extends v.GenericSchema>(item: S, description?: string) =>
  description === undefined ? v.array(item, 'Must be an array.') : v.pipe(v.array(item, 'Must be an array.'), v.description(description))

const SHA256_MESSAGE = 'Must be a SHA-256 hex string (64 lowercase hex digits).'
export const sha256 = v.pipe(v.string(SHA256_MESSAGE), v.regex(/^[0-9a-f]{64}$/, SHA256_MESSAGE))

const INDEX_MESSAGE = 'Must be a variant index (integer >= 0).'
export const variantIndex = v.pipe(v.number(INDEX_MESSAGE), v.integer(INDEX_MESSAGE), v.minValue(0, INDEX_MESSAGE))

const NON_EMPTY = 'Must be a non-empty string.'
const nonEmptyString = v.pipe(v.string(NON_EMPTY), v.minLength(1, NON_EMPTY))

/** The one rule of a combine the JSON Schema says with `uniqueItems` (see the generator). */
export const distinctVariants = v.check((variants: number[]) => new Set(variants).size === variants.length, 'Names a variant twice.')

export const source = record({ path: nonEmptyString, hash: sha256 }, 'A source is an object with path and hash.')

const PICK_KINDS = ['variant', 'combine', 'custom', 'omit', 'undecided'] as const
const PICK_MESSAGE = 'A pick is an object with a kind.'
/** The kinds' own objects: only a missing or unknown property can go wrong there. */
const kindMessage = recordMessage(messages(PICK_MESSAGE))
export const pick = plainObject(v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('variant'), variant: variantIndex }, kindMessage),
    v.strictObject(
      {
        kind: v.literal('combine'),
        variants: v.pipe(v.array(variantIndex, 'Must be an array of variant indices.'), v.minLength(1, 'Must name at least one variant.'), distinctVariants),
      },
      kindMessage,
    ),
    v.strictObject({ kind: v.literal('custom'), text: v.string('Must be a string.') }, kindMessage),
    v.strictObject({ kind: v.literal('omit') }, kindMessage),
    v.strictObject({ kind: v.literal('undecided') }, kindMessage),
  ],
  `Must be one of ${PICK_KINDS.join(', ')}.`,
), PICK_MESSAGE)

const hashOrNull = v.nullable(sha256)

export const keyPick = record(
  {
    key: nonEmptyString,
    pick,
    valueHashes: v.optional(
      list(
        hashOrNull,
        "Optional. Per variant, SHA-256 hex of the key's value written as JSON when the recipe was made (null where the variant lacked the key): shows values changed upstream.",
      ),
    ),
  },
  'A key pick is an object with key and pick.',
)

export const rowPick = record(
  {
    row: nonEmptyString,
    pick,
    sectionKeys: list(
      v.nullable(v.string('Must be a section key (string) or null.')),
      'Per variant, the section key this row stood for when the recipe was made (null where the variant lacked it).',
    ),
    sectionHashes: list(hashOrNull, 'Per variant, SHA-256 hex of the section text when the recipe was made.'),
    sectionBodyHashes: v.optional(
      list(
        hashOrNull,
        'Optional. Per variant, SHA-256 hex of the section text below its heading line(s) when the recipe was made (null where the variant lacked the section or the body was blank): finds a section renamed upstream.',
      ),
    ),
  },
  'A row pick is an object with row, pick, sectionKeys and sectionHashes.',
)

export const recipeSchema = v.pipe(
  record(
    {
      $schema: v.optional(v.string('Must be a string.')),
      version: v.literal(RECIPE_VERSION, (issue) => `Unsupported recipe version ${issue.received}; this app reads version ${RECIPE_VERSION}.`),
      sources: list(source, 'The variants, in order: variant i in a pick is sources[i].'),
      keys: list(keyPick, 'Frontmatter keys in output order; keys not listed are not written.'),
      rows: list(rowPick, 'Body rows (sections) in output order; rows not listed are not written.'),
      eol: v.optional(v.picklist(['\n', '\r\n'], 'Must be "\\n" or "\\r\\n".')),
      base: v.optional(variantIndex),
    },
    'A recipe is a JSON object.',
  ),
  v.title('Agent Merge recipe'),
  v.description(
    'What goes into a merged agent file: for every frontmatter key and body row, which variant(s) it comes from, plus their order. See docs/recipes.md.',
  ),
)

/** Named parts of the schema, written once under `$defs` of the JSON Schema. */
export const RECIPE_DEFINITIONS = { sha256, variantIndex, source, pick, keyPick, rowPick }
