// Hostile recipes for `merge --recipe`: sources outside the recipe's folder, indices out of range,
// pick kinds that are Object.prototype names, a custom value that contains itself, a NUL in a
// path. Each is one clear line and exit 1; nothing from outside reaches the output.

import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeTempFolder } from '../host/temp-folder.test-util'
import { hasStackTrace, runCli, tempCopy } from './cli-test-util'

interface RecipeJson {
  sources: { path: string; hash: string }[]
  keys: { key: string; pick: Record<string, unknown> }[]
  rows: { row: string; pick: Record<string, unknown> }[]
  base?: number
}

describe('merge --recipe with a hostile recipe', () => {
  const dir = tempCopy('examples/backend-architect')
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f))

  async function recipe(): Promise<RecipeJson> {
    const printed = await runCli(['merge', files[0]!, files[1]!, '--take', '1', '--print-recipe'])
    return JSON.parse(printed.stdout) as RecipeJson
  }

  async function apply(name: string, edit: (r: RecipeJson) => void, inFolder = dir) {
    const r = await recipe()
    edit(r)
    const path = join(inFolder, name)
    writeFileSync(path, JSON.stringify(r))
    const run = await runCli(['merge', '--recipe', path])
    expect(hasStackTrace(run.stderr)).toBe(false)
    return run
  }

  const oneLine = (text: string): string[] => text.split('\n').filter((l) => l !== '')

  it.each([
    ['/etc/passwd'],
    ['../../../../etc/hostname'],
    ['../outside.md'],
  ])('refuses the source %s outside the recipe folder, reading nothing', async (source) => {
    const run = await apply('r.json', (r) => (r.sources[0]!.path = source))
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(oneLine(run.stderr)).toEqual([`${join(dir, 'r.json')}: at /sources/0/path: ${JSON.stringify(source)} is outside the recipe's folder; a recipe reads only files beside it (or name the files on the command line)`])
  })

  it('refuses a link inside the recipe folder that leads outside it', async () => {
    const outside = await makeTempFolder()
    writeFileSync(join(outside, 'secret.md'), '---\nname: secret\n---\nTOP SECRET\n')
    const folder = join(dir, 'sub')
    mkdirSync(folder)
    symlinkSync(join(outside, 'secret.md'), join(folder, 'link.md'))
    const run = await apply('r.json', (r) => (r.sources[0]!.path = 'link.md'), folder)
    expect(run.code).toBe(1)
    expect(run.stdout).not.toContain('TOP SECRET')
    expect(run.stderr).toMatch(/at \/sources\/0\/path: "link\.md" is outside the recipe's folder/)
  })

  it('reads sources beside the recipe, by relative or absolute path', async () => {
    const run = await apply('r.json', (r) => (r.sources[1]!.path = files[1]!.split('/').pop()!))
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('---\n')
  })

  it.each<[string, (r: RecipeJson) => void, string]>([
    ['base', (r) => (r.base = 7), 'at /base: Variant 7 does not exist; the recipe has 2 sources (variants 0-1).'],
    ['variant', (r) => (r.keys[0]!.pick = { kind: 'variant', variant: 2 }), 'at /keys/0/pick/variant: Variant 2 does not exist; the recipe has 2 sources (variants 0-1).'],
    ['combine', (r) => (r.rows[0]!.pick = { kind: 'combine', variants: [0, 5] }), 'at /rows/0/pick/variants/1: Variant 5 does not exist; the recipe has 2 sources (variants 0-1).'],
    ['kind __proto__', (r) => (r.keys[0]!.pick = { kind: '__proto__' }), 'at /keys/0/pick/kind: Must be one of variant, combine, custom, omit, undecided.'],
    ['kind constructor', (r) => (r.rows[0]!.pick = { kind: 'constructor' }), 'at /rows/0/pick/kind: Must be one of variant, combine, custom, omit, undecided.'],
    ['kind toString', (r) => (r.keys[1]!.pick = { kind: 'toString' }), 'at /keys/1/pick/kind: Must be one of variant, combine, custom, omit, undecided.'],
    ['NUL in a source path', (r) => (r.sources[0]!.path = 'a\u0000.md'), 'at /sources/0/path: the path contains a NUL character'],
  ])('refuses %s with one line and exit 1', async (_, edit, message) => {
    const run = await apply('r.json', edit)
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(oneLine(run.stderr)).toEqual([`${join(dir, 'r.json')}: ${message}`])
  })

  it('writes a custom key value that contains itself (&a [*a]) as a string, with a warning', async () => {
    const run = await apply('r.json', (r) => (r.keys[1]!.pick = { kind: 'custom', text: '&a [*a]' }))
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/warning: The custom value of "description" is not valid YAML; it was written as a quoted string/)
    expect(run.stdout).toContain('description: "&a [*a]"')
  })
})
