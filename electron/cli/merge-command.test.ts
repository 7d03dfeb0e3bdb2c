import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { hasStackTrace, runCli, tempCopy } from './cli-test-util'

/** The frontmatter block of a text, or null. */
function frontmatterOf(text: string): string | null {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  return match === null ? null : match[1]!
}

function strictYamlErrors(source: string): number {
  return parseYaml(source, { strict: true, uniqueKeys: true }).errors.length
}

describe('agent-merge merge', () => {
  const corpus = tempCopy('test-fixtures/corpus')
  const strict = join(corpus, 'VoltAgent__awesome-claude-code-subagents/categories/04-quality-security/debugger.md')
  const broken = join(corpus, 'davila7__claude-code-templates/cli-tool/components/agents/data-ai/prompt-engineer.md') // `: ` in a plain description
  const examples = tempCopy('examples/backend-architect')
  const variants = readdirSync(examples).filter((f) => f.endsWith('.md')).sort().map((f) => join(examples, f))

  it('--take 1 of a strict file reproduces it byte for byte', async () => {
    const run = await runCli(['merge', strict, '--take', '1'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(readFileSync(strict, 'utf8'))
  })

  it('--take n of several files reproduces variant n when it is strict', async () => {
    const strictVariant = variants.findIndex((f) => strictYamlErrors(frontmatterOf(readFileSync(f, 'utf8')) ?? '') === 0)
    expect(strictVariant).toBeGreaterThanOrEqual(0)
    const run = await runCli(['merge', ...variants, '--take', String(strictVariant + 1)])
    expect(run.stdout).toBe(readFileSync(variants[strictVariant]!, 'utf8'))
  })

  it('--take of a broken file writes frontmatter that strict YAML accepts', async () => {
    const before = frontmatterOf(readFileSync(broken, 'utf8'))!
    expect(strictYamlErrors(before)).toBeGreaterThan(0)
    const run = await runCli(['merge', broken, '--take', '1'])
    const after = frontmatterOf(run.stdout)
    expect(after).not.toBeNull()
    expect(strictYamlErrors(after!)).toBe(0)
    expect(parseYaml(after!).toJS().name).toBe('prompt-engineer')
  })

  it('--print-recipe prints JSON that --recipe applies to the same text', async () => {
    const take = await runCli(['merge', ...variants, '--take', '2'])
    const printed = await runCli(['merge', ...variants, '--take', '2', '--print-recipe'])
    expect(printed.code).toBe(0)
    const recipe = JSON.parse(printed.stdout)
    expect(recipe.version).toBe(1)
    expect(recipe.sources).toHaveLength(5)
    const recipePath = join(examples, 'recipe.json')
    writeFileSync(recipePath, printed.stdout)
    const fromSources = await runCli(['merge', '--recipe', recipePath])
    expect(fromSources.code).toBe(take.code)
    expect(fromSources.stdout).toBe(take.stdout)
    const withFiles = await runCli(['merge', ...variants, '--recipe', recipePath])
    expect(withFiles.stdout).toBe(take.stdout)
    expect(withFiles.stderr).not.toMatch(/changed since the recipe/)
  })

  it('warns when a source changed since the recipe was made', async () => {
    const dir = tempCopy('examples/backend-architect')
    const files = readdirSync(dir).sort().map((f) => join(dir, f))
    const printed = await runCli(['merge', ...files, '--take', '1', '--print-recipe'])
    writeFileSync(join(dir, 'r.json'), printed.stdout)
    writeFileSync(files[1]!, `${readFileSync(files[1]!, 'utf8')}\nA new line.\n`)
    const run = await runCli(['merge', '--recipe', join(dir, 'r.json')])
    expect(run.stderr).toMatch(/001_f9e64a0f6d4ab11d\.md: warning: changed since the recipe was made/)
  })

  it('reports an invalid recipe with its file, line or JSON path', async () => {
    const bad = join(examples, 'bad.json')
    writeFileSync(bad, '{\n  "version": 1,\n  "sources": [\n')
    const syntax = await runCli(['merge', '--recipe', bad])
    expect(syntax.code).toBe(1)
    expect(syntax.stderr).toMatch(/bad\.json(:\d+)?: Not valid JSON/)
    writeFileSync(bad, JSON.stringify({ version: 1, sources: [{ path: 'a.md' }], keys: [], rows: [] }))
    const schema = await runCli(['merge', '--recipe', bad])
    expect(schema.code).toBe(1)
    expect(schema.stderr).toMatch(/bad\.json: at \/sources\/0\S*: /)
    expect((await runCli(['merge', '--recipe', join(examples, 'none.json')])).stderr).toMatch(/none\.json: no such file/)
    for (const run of [syntax, schema]) expect(hasStackTrace(run.stderr)).toBe(false)
  })

  it('refuses a recipe whose source count differs from the files given', async () => {
    const printed = await runCli(['merge', ...variants, '--take', '1', '--print-recipe'])
    const path = join(examples, 'five.json')
    writeFileSync(path, printed.stdout)
    const run = await runCli(['merge', variants[0]!, '--recipe', path])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/five\.json: the recipe has 5 sources but 1 file was given/)
  })

  it('-o writes atomically and refuses to overwrite an existing file or an input without --force', async () => {
    const out = join(examples, 'merged.md')
    const first = await runCli(['merge', ...variants, '--take', '3', '-o', out])
    expect(first.code).toBe(0)
    expect(first.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(variants[2]!, 'utf8'))
    const again = await runCli(['merge', ...variants, '--take', '1', '-o', out])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/merged\.md: already exists; refusing to overwrite it \(pass --force/)
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(variants[2]!, 'utf8'))
    const forced = await runCli(['merge', ...variants, '--take', '1', '--output', out, '--force'])
    expect(forced.code).toBe(0)
    const original = readFileSync(variants[0]!, 'utf8')
    const overInput = await runCli(['merge', ...variants, '--take', '2', '-o', variants[0]!])
    expect(overInput.code).toBe(1)
    expect(overInput.stderr).toMatch(/is one of the inputs; refusing to overwrite it/)
    expect(readFileSync(variants[0]!, 'utf8')).toBe(original)
    expect(readdirSync(examples).filter((f) => f.startsWith('.agent-merge-tmp-'))).toEqual([])
  })

  it('reports a missing input and writes nothing', async () => {
    const out = join(examples, 'never.md')
    const run = await runCli(['merge', join(examples, 'missing.md'), '--take', '1', '-o', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/missing\.md: .*does not exist/)
    expect(existsSync(out)).toBe(false)
  })
})
