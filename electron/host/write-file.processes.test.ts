// One writer wins across processes: several Node processes (as the CLI, the app and two `serve`
// would be) compare-and-swap the same files from the same read, all at once. Inside one process
// the path queue keeps writers apart; across processes only the lock beside the target does,
// including when every process finds a stale lock a dead process left and takes it over at once.

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
 *  prints `<file> ok` or `<file> <refusal code>` for each. With `everyMs`, it starts file i at
 *  start + i * everyMs, so that every process reaches every file at the same moment. */
async function buildWriter(dir: string): Promise<string> {
  const outfile = join(dir, 'cas-writer.mjs')
  await build({
    stdin: {
      contents: `import { writeFileAtomic } from './write-file'
        import { withFileLock } from './file-lock'
        import { withHeldFolder } from './held-folder'
        const [dir, files, expected, startAt, me, everyMs] = process.argv.slice(2)
        if (me === 'holder') {
          // Takes every file's lock and never lets go: killed, it leaves them all behind.
          const forever = new Promise(() => {})
          await withHeldFolder(dir, dir, async (folder) => {
            let held = 0
            for (let i = 0; i < Number(files); i++) {
              void withFileLock(folder, 'f' + i + '.md', 'f' + i, async () => {
                if (++held === Number(files)) process.stdout.write('held\\n')
                await forever
              })
            }
            await forever
          })
        }
        while (Date.now() < Number(startAt)) {}
        const lines = []
        for (let i = 0; i < Number(files); i++) {
          const path = dir + '/f' + i + '.md'
          const at = Number(startAt) + i * Number(everyMs ?? 0)
          if (at > Date.now()) await new Promise((resolve) => setTimeout(resolve, at - Date.now()))
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

/** Locks every file from a process that is then killed (kill -9): a lock whose owner is gone. */
async function leaveLocksOfADeadProcess(dir: string, tools: string): Promise<void> {
  const script = await buildWriter(tools)
  const child = spawn(process.execPath, [script, dir, String(FILES), '', '0', 'holder'], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`the lock holder exited with ${code} before holding every lock`)))
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('held')) resolve()
    })
  })
  const exited = new Promise((resolve) => child.on('exit', resolve))
  child.kill('SIGKILL')
  await exited
  expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_FILE_PREFIX))).toHaveLength(FILES)
}

/** Every process swaps every file from the same read: exactly one ok per file, the rest
 *  changed-on-disk, each file whole, no temp file or lock left. */
async function expectOneWinnerPerFile(dir: string, tools: string, everyMs = 0): Promise<void> {
  const script = await buildWriter(tools)
  // Start together once every process is up (startup takes up to seconds on a loaded machine).
  const startAt = String(Date.now() + 3000)
  const outputs = await Promise.all(Array.from({ length: PROCESSES }, (_, p) => run(script, [dir, String(FILES), sha('as read\n'), startAt, `p${p}`, String(everyMs)])))
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
}

describe('compare-and-swap across processes', () => {
  it(`${PROCESSES} processes swap each of ${FILES} files from the same read: exactly one ok per file, the rest changed-on-disk`, async () => {
    const tools = await makeTempFolder()
    const dir = await makeTempFolder()
    for (let i = 0; i < FILES; i++) await writeFile(join(dir, `f${i}.md`), 'as read\n')
    await expectOneWinnerPerFile(dir, tools)
  }, 60_000)

  it(`every file locked by a dead process: ${PROCESSES} processes judge each lock stale at once, still one ok per file`, async () => {
    const tools = await makeTempFolder()
    const dir = await makeTempFolder()
    for (let i = 0; i < FILES; i++) await writeFile(join(dir, `f${i}.md`), 'as read\n')
    await leaveLocksOfADeadProcess(dir, tools)
    await expectOneWinnerPerFile(dir, tools, 40)
  }, 60_000)
})
