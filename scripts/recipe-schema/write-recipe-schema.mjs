// `npm run schema`: writes docs/recipe.schema.json from the engine's valibot schema
// (recipe-json-schema.ts, bundled with esbuild so plain Node can run it).
import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const temp = mkdtempSync(join(tmpdir(), 'agent-merge-schema-'))
try {
  const outfile = join(temp, 'recipe-json-schema.mjs')
  await build({ entryPoints: [join(here, 'recipe-json-schema.ts')], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' })
  const { recipeJsonSchemaText } = await import(pathToFileURL(outfile).href)
  const target = join(here, '..', '..', 'docs', 'recipe.schema.json')
  writeFileSync(target, recipeJsonSchemaText())
  console.log(`wrote ${target}`)
} finally {
  rmSync(temp, { recursive: true, force: true })
}
