// Stale temp files of a killed write: removed by the next scan of their folder, and only they.
// The kill -9 test runs a real child process writing large files and kills it mid-write.

import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/cli-test-util'
import { scanFolder } from './scan-folder'
import { makeTempFolder } from './temp-folder.test-util'
import { newTempName, TEMP_FILE_PREFIX } from './temp-files'

const HOUR_AGO = new Date(Date.now() - 60 * 60 * 1000)
const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex')

async function temps(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.startsWith(TEMP_FILE_PREFIX)).sort()
}

describe('stale temp files', () => {
  it('a scan removes old temp files of ours and nothing else', async () => {
    const root = await makeTempFolder()
    const outside = await makeTempFolder()
    await mkdir(join(root, 'agents'))
    const stale = newTempName('a.md')
    const fresh = newTempName('b.md')
    const nested = join('agents', newTempName('c.md'))
    const linked = newTempName('d.md')
    const folderNamed = newTempName('e.md')
    const notOurs = `${TEMP_FILE_PREFIX}notes.md`
    await writeFile(join(root, 'a.md'), '# a\n')
    for (const name of [stale, fresh, nested, notOurs]) await writeFile(join(root, name), 'partial')
    await writeFile(join(outside, 'victim'), 'keep me')
    await symlink(join(outside, 'victim'), join(root, linked))
    await mkdir(join(root, folderNamed))
    for (const name of [stale, nested, notOurs, folderNamed]) await utimes(join(root, name), HOUR_AGO, HOUR_AGO)

    const result = await scanFolder(root)
    expect(result.removedTempFiles.sort()).toEqual([join(root, stale), join(root, nested)].sort())
    expect(await temps(root)).toEqual([fresh, linked, folderNamed, notOurs].sort())
    expect(await readFile(join(outside, 'victim'), 'utf8')).toBe('keep me')
    expect(result.files.map((f) => f.relPath)).toEqual(['a.md'])
  })

  it('kill -9 during large writes: the target is never torn, and the next scan removes what was left', async () => {
    const dir = await makeTempFolder()
    const target = join(dir, 'agent.md')
    const versions = ['A', 'B'].map((c) => `# ${c}\n${c.repeat(4 * 1024 * 1024)}\n`)
    const hashes = versions.map(sha)
    await writeFile(target, versions[0]!)
    const child = join(dir, 'writer.mjs')
    await build({
      stdin: {
        contents: `import { writeFileAtomic } from './write-file'
          const versions = ${JSON.stringify(['A', 'B'])}.map((c) => '# ' + c + '\\n' + c.repeat(4 * 1024 * 1024) + '\\n')
          for (let i = 1; ; i++) {
            await writeFileAtomic(process.argv[2], versions[i % 2], { expectedHash: null, force: true })
          }`,
        resolveDir: dirname(fileURLToPath(import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: child,
      logLevel: 'silent',
    })
    let leftovers = 0
    for (let round = 0; round < 4; round++) {
      const proc = spawn(process.execPath, [child, target], { stdio: ['ignore', 'ignore', 'inherit'] })
      const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()))
      // Kill as soon as a temp file shows up (after a few rounds' worth of writes have passed).
      let seen = 0
      while (proc.exitCode === null && seen <= round) {
        if ((await temps(dir)).length > 0) seen++
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
      proc.kill('SIGKILL')
      await exited
      expect(hashes).toContain(sha(await readFile(target)))
      const left = await temps(dir)
      leftovers += left.length
      const result = await scanFolder(dir, { staleTempAgeMs: 0 })
      expect(result.removedTempFiles.sort()).toEqual(left.map((name) => join(dir, name)))
      expect(await temps(dir)).toEqual([])
    }
    expect(leftovers).toBeGreaterThan(0) // the kills did interrupt writes
  }, 60_000)
})

describe('stale lock folders', () => {
  it('a scan removes old lock folders holding only an owner file (or nothing), and no other folder', async () => {
    const root = await makeTempFolder()
    const owner = '4194304-1-0123456789abcdef'
    const folders = {
      stale: `${TEMP_FILE_PREFIX}a.md.lock`,
      staleCandidate: `${newTempName('b.md.lock')}`,
      emptyCandidate: `${newTempName('c.md.lock')}`,
      fresh: `${TEMP_FILE_PREFIX}d.md.lock`,
      foreign: `${TEMP_FILE_PREFIX}e.md.lock`,
    }
    for (const name of Object.values(folders)) await mkdir(join(root, name))
    for (const name of [folders.stale, folders.staleCandidate, folders.fresh]) await writeFile(join(root, name, owner), '')
    await writeFile(join(root, folders.foreign, 'notes.txt'), 'not a lock owner')
    for (const path of [folders.stale, folders.staleCandidate, folders.emptyCandidate, folders.foreign].flatMap((name) => [name, join(name, owner)])) {
      await utimes(join(root, path), HOUR_AGO, HOUR_AGO).catch(() => undefined)
    }
    const result = await scanFolder(root)
    expect(result.removedTempFiles.sort()).toEqual([folders.stale, folders.staleCandidate, folders.emptyCandidate].map((name) => join(root, name)).sort())
    expect(await temps(root)).toEqual([folders.fresh, folders.foreign].sort())
  })
})

describe('stale temp files and the CLI', () => {
  it('a CLI check of the folder only reads: an old temp file stays', async () => {
    const root = await makeTempFolder()
    const stale = newTempName('a.md')
    await writeFile(join(root, 'a.md'), '---\nname: a\ndescription: An agent\n---\n# a\n')
    await writeFile(join(root, stale), 'partial')
    await utimes(join(root, stale), HOUR_AGO, HOUR_AGO)
    await runCli(['check', root])
    expect(await temps(root)).toEqual([stale])
    await scanFolder(root)
    expect(await temps(root)).toEqual([])
  })
})
