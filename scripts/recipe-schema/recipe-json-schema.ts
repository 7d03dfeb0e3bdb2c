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

/** The file's text: two-space JSON and a final newline. */
export function recipeJsonSchemaText(): string {
  return `${JSON.stringify(recipeJsonSchema(), null, 2)}\n`
}
