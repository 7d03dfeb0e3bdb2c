// docs/recipe.schema.json, generated from the schema the engine validates with
// (shared/engine/recipe/recipe-schema.ts). `npm run schema` writes it; a test fails when the
// committed file differs.

import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema'
import { distinctVariants, RECIPE_DEFINITIONS, recipeSchema } from '../../shared/engine/recipe/recipe-schema'

export const RECIPE_SCHEMA_ID = 'https://agent-merge.dev/recipe.schema.json'

export function recipeJsonSchema(): JsonSchema {
  const { $schema, title, description, ...schema } = toJsonSchema(recipeSchema, {
    target: 'draft-2020-12',
    // Convert each pipeline from its last schema: the custom check before an object (no
    // arrays) says nothing the object's `type` does not.
    typeMode: 'output',
    errorMode: 'throw',
    definitions: RECIPE_DEFINITIONS,
    overrideAction: ({ valibotAction, jsonSchema }) => (valibotAction === distinctVariants ? { ...jsonSchema, uniqueItems: true } : undefined),
  })
  return { $schema, $id: RECIPE_SCHEMA_ID, title, description, ...schema }
}

/** The file's text: two-space JSON, each value on one line where it fits in 100 columns. */
export function recipeJsonSchemaText(): string {
  return `${formatJson(recipeJsonSchema(), '')}\n`
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`)
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`
  }
  return JSON.stringify(value)
}

function formatJson(value: unknown, indent: string, prefix = ''): string {
  const flat = oneLine(value)
  if (typeof value !== 'object' || value === null || indent.length + prefix.length + flat.length <= 100) return flat
  const inner = `${indent}  `
  const lines = Array.isArray(value)
    ? value.map((item) => `${inner}${formatJson(item, inner)}`)
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner, `${JSON.stringify(key)}: `)}`)
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`
}
