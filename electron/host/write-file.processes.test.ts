// One writer wins across processes: several Node processes (as the CLI, the app and two `serve`
// would be) compare-and-swap the same files from the same read, all at once. Inside one process
// the path queue keeps writers apart; across processes only the lock file beside the target does.

import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { makeTempFolder } from './temp-folder.test-util'
import { TEMP_FILE_PREFIX } from './write-file'

const PROCESSES = 6
const FILES = 40
const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

/** A child that waits for the common start time, then compare-and-swaps every file in turn and
 *  prints `<file> ok` or `<file> <refusal code>` for each. */
async function buildWriter(dir: string): Promise<string> {
  const outfile = join(dir, 'cas-writer.mjs')
  await build({
    stdin: {
      contents: `import { writeFileAtomic } from './write-file'
        const [dir, files, expected, startAt, me] = process.argv.slice(2)
        while (Date.now() < Number(startAt)) {}
        const lines = []
        for (let i = 0; i < Number(files); i++) {
          const path = dir + '/f' + i + '.md'
          try {
            await writeFileAtomic(path, 'written by ' + me + '\\n', { expectedHash: expected })
            lines.push('f' + i + ' ok')
          } catch (error) {
            lines.push('f' + i + ' ' + (error.code ?? error.message))
          }
        }
        process.stdout.write(lines.join('\\n') + '\\n')`,
      resolveDir: dirname(fileURLToPath(import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  })
  return outfile
}

function run(script: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`writer exited with ${code}`))))
  })
}

describe('compare-and-swap across processes', () => {
  it(`${PROCESSES} processes swap each of ${FILES} files from the same read: exactly one ok per file, the rest changed-on-disk`, async () => {
    const tools = await makeTempFolder()
    const dir = await makeTempFolder()
    const script = await buildWriter(tools)
    for (let i = 0; i < FILES; i++) await writeFile(join(dir, `f${i}.md`), 'as read\n')
    // Start together once every process is up (startup takes up to seconds on a loaded machine).
    const startAt = String(Date.now() + 3000)
    const outputs = await Promise.all(Array.from({ length: PROCESSES }, (_, p) => run(script, [dir, String(FILES), sha('as read\n'), startAt, `p${p}`])))
    const results = outputs.flatMap((out) => out.trim().split('\n').map((line) => line.split(' ') as [string, string]))
    expect(results).toHaveLength(PROCESSES * FILES)
    for (let i = 0; i < FILES; i++) {
      const mine = results.filter(([file]) => file === `f${i}`).map(([, result]) => result)
      expect(mine.filter((r) => r === 'ok'), `f${i}`).toHaveLength(1)
      expect(mine.filter((r) => r !== 'ok')).toEqual(Array<string>(PROCESSES - 1).fill('changed-on-disk'))
      // The file holds the winner's text, whole.
      expect(await readFile(join(dir, `f${i}.md`), 'utf8')).toMatch(/^written by p\d+\n$/)
    }
    expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_FILE_PREFIX))).toEqual([])
  }, 60_000)
})
