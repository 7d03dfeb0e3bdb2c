// `node scripts/word-loss.mjs [folder...] [--generated N] [--seed S]`: runs `merge --take 1` on
// each agent file of the folders (default ../shared/corpus) and, with --generated, on N texts
// from the property test's generator; prints the files that lose words or whose frontmatter
// strict YAML rejects, with counts and the time taken.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import fc from 'fast-check'
import { agentText } from '../../shared/engine/recipe/testing/agent-text-arbitrary'
import { lostWords, strictYamlProblems, takeOne } from '../../shared/engine/recipe/testing/take-one'

function walk(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return walk(path)
    return /\.(md|mdc)$/.test(name) && name !== 'README.md' ? [path] : []
  })
}

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args[at + 1]
}
const generated = Number(option('--generated') ?? 0)
const seed = Number(option('--seed') ?? 42)
const folders = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--')))
if (folders.length === 0) folders.push(join(process.cwd(), '..', 'shared', 'corpus'))

interface Outcome { lost: string[]; problems: string[] }
function check(text: string, path: string): Outcome {
  const output = takeOne(text, path)
  return { lost: lostWords(text, output), problems: strictYamlProblems(output) }
}

let files = 0
let losing = 0
let lostTotal = 0
let invalid = 0
const started = performance.now()
for (const folder of folders) {
  for (const path of walk(folder)) {
    files++
    const { lost, problems } = check(readFileSync(path, 'utf8'), path)
    if (lost.length > 0) {
      losing++
      lostTotal += lost.length
      console.log(`${relative(folder, path)}: ${lost.length} word(s) lost: ${lost.slice(0, 12).join(' ')}${lost.length > 12 ? ' ...' : ''}`)
    }
    if (problems.length > 0) {
      invalid++
      console.log(`${relative(folder, path)}: frontmatter not strict YAML: ${problems[0]}`)
    }
  }
}
const corpusMs = performance.now() - started
console.log(`files: ${files}; losing words: ${losing} (${lostTotal} words); frontmatter not strict: ${invalid}; ${corpusMs.toFixed(0)} ms`)

if (generated > 0) {
  const genStarted = performance.now()
  let failures = 0
  const failed: string[] = []
  fc.assert(
    fc.property(agentText, ({ text, path }) => {
      const { lost, problems } = check(text, path)
      if (lost.length > 0 || problems.length > 0) {
        failures++
        if (failed.length < 5) failed.push(JSON.stringify({ text, lost: lost.slice(0, 8), problems: problems.slice(0, 2) }))
      }
      return true
    }),
    { numRuns: generated, seed },
  )
  const ms = performance.now() - genStarted
  for (const f of failed) console.log(`generated failure: ${f}`)
  console.log(`generated: ${generated} texts (seed ${seed}); failing: ${failures}; ${(ms / 1000).toFixed(1)} s`)
}
