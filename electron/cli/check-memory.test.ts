// `check` on a folder keeps what it prints, never the documents: a folder whose texts alone do
// not fit in the JavaScript heap is checked in a process whose heap is held to 40 MB. (Keeping
// every document, as `check` once did, runs out of memory there: 64 files of 1 MB each.)

import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { makeTempFolder } from '../host/temp-folder.test-util'

const FILES = 64
const HEAP_MB = 40

async function buildCli(dir: string): Promise<string> {
  const outfile = join(dir, 'agent-merge.cjs')
  await build({ entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'entry.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' })
  return outfile
}

function runLimited(cli: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

/** An agent of about 1 MB: 500 sections of one long paragraph each. */
function bigAgent(i: number): string {
  const sections = Array.from({ length: 500 }, (_, j) => `## Section ${j}\n\n${`word${i} `.repeat(300)}\n\n`)
  return `---\nname: agent-${i}\ndescription: A large agent\n---\n# Agent ${i}\n\n${sections.join('')}`
}

describe('check on a folder larger than the heap', () => {
  it(`${FILES} files of 1 MB, heap held to ${HEAP_MB} MB: check and check --duplicates finish`, async () => {
    const tools = await makeTempFolder()
    const folder = await makeTempFolder()
    const cli = await buildCli(tools)
    for (let i = 0; i < FILES; i++) await writeFile(join(folder, `agent-${String(i).padStart(2, '0')}.md`), bigAgent(i))
    const check = await runLimited(cli, ['check', folder])
    expect(check.stderr).toBe(`${FILES} files checked: 0 errors, 0 warnings\n`)
    expect(check.code).toBe(0)
    const duplicates = await runLimited(cli, ['check', '--duplicates', folder])
    expect(duplicates.stderr).toBe(`${FILES} files: every name is defined once\n`)
    expect(duplicates.code).toBe(0)
  }, 120_000)
})
