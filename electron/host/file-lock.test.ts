// The lock folder beside a target: taken over when its owner is gone or it is too old, waited for
// while its owner lives, removed after every write, refused or not. (Two processes taking over
// one stale lock at once: write-file.processes.test.ts.)

import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lockFileName, STALE_LOCK_AGE_MS } from './file-lock'
import { makeTempFolder } from './temp-folder.test-util'
import { writeFileAtomic } from './write-file'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')
const NO_SUCH_PID = 2 ** 22 + 12_345 // above Linux's pid_max: never a live process

/** A lock as another process leaves it: the lock folder holding its owner file; returns that file. */
async function lockOf(dir: string, target: string, pid: number): Promise<string> {
  const lock = join(dir, lockFileName(target))
  await mkdir(lock)
  const owner = join(lock, `${pid}-1-0123456789abcdef`)
  await writeFile(owner, '')
  return owner
}

describe('the lock of a write', () => {
  it('is gone after a write and after a refused one', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'a.md')
    await writeFileAtomic(path, 'one\n', { expectedHash: null })
    await expect(writeFileAtomic(path, 'two\n', { expectedHash: sha('stale\n') })).rejects.toMatchObject({ code: 'changed-on-disk' })
    expect(await readdir(dir)).toEqual(['a.md'])
  })

  it('left by a process that is gone: taken over, the write goes through', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'a.md')
    await writeFile(path, 'as read\n')
    await lockOf(dir, 'a.md', NO_SUCH_PID)
    await writeFileAtomic(path, 'new\n', { expectedHash: sha('as read\n') })
    expect(await readFile(path, 'utf8')).toBe('new\n')
    expect(await readdir(dir)).toEqual(['a.md'])
  })

  it('held by a live process: the write waits for it, then checks the hash again', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'a.md')
    await writeFile(path, 'as read\n')
    await lockOf(dir, 'a.md', process.ppid) // a live process that is not this one
    const write = writeFileAtomic(path, 'mine\n', { expectedHash: sha('as read\n') })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await readFile(path, 'utf8')).toBe('as read\n')
    // The other process writes, then releases its lock: this write is refused, not lost over it.
    await writeFile(path, 'theirs\n')
    await rm(join(dir, lockFileName('a.md')), { recursive: true })
    await expect(write).rejects.toMatchObject({ code: 'changed-on-disk' })
    expect(await readFile(path, 'utf8')).toBe('theirs\n')
  })

  it(`older than ${STALE_LOCK_AGE_MS / 1000} s, even of a live process: taken over`, async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'a.md')
    const owner = await lockOf(dir, 'a.md', process.ppid)
    const old = new Date(Date.now() - STALE_LOCK_AGE_MS - 5000)
    await utimes(owner, old, old)
    await writeFileAtomic(path, 'new\n', { expectedHash: null })
    expect(await readdir(dir)).toEqual(['a.md'])
  })

  it('an empty lock folder (a takeover cut short) is removed, the write goes through', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'a.md')
    await mkdir(join(dir, lockFileName('a.md')))
    await writeFileAtomic(path, 'new\n', { expectedHash: null })
    expect(await readFile(path, 'utf8')).toBe('new\n')
    expect(await readdir(dir)).toEqual(['a.md'])
  })

  it("an earlier version's lock file whose process is gone: taken over", async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'a.md')
    await writeFile(join(dir, lockFileName('a.md')), `${NO_SUCH_PID} 1 dead\n`)
    await writeFileAtomic(path, 'new\n', { expectedHash: null })
    expect(await readdir(dir)).toEqual(['a.md'])
  })
})
