import { statSync } from 'node:fs'
import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SmallFile } from './read-small-file'
import { createScanRun, type ScanProgress, type ScanRunOptions } from './scan-run'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

const ROOT = { path: '/r', real: '/real/r', isFolder: true }
const text = (s: string): SmallFile => ({ kind: 'file', bytes: Buffer.from(s), stamp: { size: s.length, mtimeMs: 1, ctimeMs: 1, ino: 1 } })
const enoent = (path: string): Error => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT', path })

function run(options: Partial<ScanRunOptions> = {}) {
  return createScanRun(ROOT, { maxFileSize: 100, progressEvery: 2, ...options })
}

describe('createScanRun', () => {
  it('reports progress every progressEvery files, then once done with the lists in result order', () => {
    const progress: ScanProgress[] = []
    const scan = run({ onProgress: (p) => progress.push(p) })
    for (const name of ['b', 'a', 'c']) {
      scan.startFile()
      scan.accept(`/r/${name}.md`, `${name}.md`, name === 'c' ? { kind: 'too-large', size: 101 } : text('# x\n'))
    }
    const lists = scan.finish()
    expect(progress).toEqual([
      { scanned: 2, found: 1, done: false },
      { scanned: 3, found: 2, done: true },
    ])
    expect(lists.files.map((f) => f.relPath)).toEqual(['a.md', 'b.md'])
    expect(lists.skipped).toMatchObject([{ path: '/r/c.md', reason: 'too-large' }])
  })

  it('stops as cancelled at the next file once the signal aborts', () => {
    const controller = new AbortController()
    const scan = run({ signal: controller.signal })
    scan.startFile()
    controller.abort()
    expect(() => scan.startFile()).toThrow(expect.objectContaining({ code: 'cancelled', message: 'Scanning /r was cancelled', path: '/r' }))
  })

  it('skips a file or folder that failed, unless the failure came from a cancel', () => {
    const controller = new AbortController()
    const scan = run({ signal: controller.signal })
    scan.fileFailed('/r/a.md', enoent('/r/a.md'))
    scan.folderFailed('/r/sub', enoent('/r/sub'))
    expect(scan.lists.skipped).toEqual([
      { path: '/r/a.md', reason: 'unreadable', message: '/r/a.md could not be read: /r/a.md does not exist' },
      { path: '/r/sub', reason: 'unreadable', message: 'The folder /r/sub could not be read: /r/sub does not exist' },
    ])
    controller.abort()
    expect(() => scan.fileFailed('/r/b.md', enoent('/r/b.md'))).toThrow(expect.objectContaining({ code: 'cancelled' }))
    expect(() => scan.folderFailed('/r/other', enoent('/r/other'))).toThrow(expect.objectContaining({ code: 'cancelled' }))
    expect(scan.lists.skipped).toHaveLength(2)
  })

  it('reads a linked file only when it leads inside the root', () => {
    const scan = run()
    expect(scan.linkStaysInRoot('/r/in.md', '/real/r/deep/x.md')).toBe(true)
    expect(scan.linkStaysInRoot('/r/out.md', '/real/other/x.md')).toBe(false)
    expect(scan.lists.skipped).toEqual([
      { path: '/r/out.md', reason: 'outside-root', message: '/r/out.md is a link to /real/other/x.md, outside /r; open that file directly to include it' },
    ])
  })

  it('sees a link as what it leads to, and says a dangling one is skipped only when it looks like an agent file', async () => {
    const base = await makeTempFolder()
    await writeTree(base, { 'folder/a.md': 'x' })
    await symlink(join(base, 'folder'), join(base, 'link'))
    const scan = run()
    expect(scan.linkedEntry('/r/to-folder', 'to-folder', 'any', statSync(join(base, 'folder')))).toBe('folder')
    expect(scan.linkedEntry('/r/to-file.md', 'to-file.md', 'any', statSync(join(base, 'link', 'a.md')))).toBe('file')
    expect(scan.linkedEntry('/r/gone.md', 'gone.md', 'any', undefined)).toBe('other')
    expect(scan.linkedEntry('/r/gone.txt', 'gone.txt', 'any', undefined)).toBe('other')
    expect(scan.linkedEntry('/r/README.md', 'README.md', 'any', undefined)).toBe('other')
    expect(scan.lists.skipped).toEqual([{ path: '/r/gone.md', reason: 'unreadable', message: '/r/gone.md is a link to a file that does not exist' }])
  })
})
