// The lock file beside a target: taken over when its owner is gone or it is too old, waited for
// while its owner lives, removed after every write, refused or not.

import { createHash } from 'node:crypto'
import { readdir, readFile, unlink, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lockFileName, STALE_LOCK_AGE_MS } from './file-lock'
import { makeTempFolder } from './temp-folder.test-util'
import { writeFileAtomic } from './write-file'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')
const NO_SUCH_PID = 2 ** 22 + 12_345 // above Linux's pid_max: never a live process

describe('the lock file of a write', () => {
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
    await writeFile(join(dir, lockFileName('a.md')), `${NO_SUCH_PID} 1 dead\n`)
    await writeFileAtomic(path, 'new\n', { expectedHash: sha('as read\n') })
    expect(await readFile(path, 'utf8')).toBe('new\n')
    expect(await readdir(dir)).toEqual(['a.md'])
  })

  it('held by a live process: the write waits for it, then checks the hash again', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'a.md')
    const lock = join(dir, lockFileName('a.md'))
    await writeFile(path, 'as read\n')
    await writeFile(lock, `${process.ppid} 1 other\n`) // a live process that is not this one
    const write = writeFileAtomic(path, 'mine\n', { expectedHash: sha('as read\n') })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await readFile(path, 'utf8')).toBe('as read\n')
    // The other process writes, then releases its lock: this write is refused, not lost over it.
    await writeFile(path, 'theirs\n')
    await unlink(lock)
    await expect(write).rejects.toMatchObject({ code: 'changed-on-disk' })
    expect(await readFile(path, 'utf8')).toBe('theirs\n')
  })

  it(`older than ${STALE_LOCK_AGE_MS / 1000} s, even of a live process: taken over`, async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'a.md')
    const lock = join(dir, lockFileName('a.md'))
    await writeFile(lock, `${process.ppid} 1 hung\n`)
    const old = new Date(Date.now() - STALE_LOCK_AGE_MS - 5000)
    await utimes(lock, old, old)
    await writeFileAtomic(path, 'new\n', { expectedHash: null })
    expect(await readdir(dir)).toEqual(['a.md'])
  })
})
