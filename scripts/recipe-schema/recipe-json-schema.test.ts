import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { recipeJsonSchema, recipeJsonSchemaText } from './recipe-json-schema'

describe('docs/recipe.schema.json', () => {
  it('is the JSON Schema generated from the engine\'s recipe schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../docs/recipe.schema.json', import.meta.url)), 'utf8')
    expect(committed).toBe(recipeJsonSchemaText())
  })

  it('is laid out, not changed: the text reads back as the generated schema', () => {
    expect(JSON.parse(recipeJsonSchemaText())).toEqual(recipeJsonSchema())
  })
})
