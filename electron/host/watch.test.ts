import { mkdir, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ARCHIVE_FOLDER } from './archive'
import { makeTempFolder, writeTree } from './temp-folder.test-util'
import { isIgnoredWatchPath, watchRoots, type FileChange, type RootsWatcher } from './watch'
import { TEMP_FILE_PREFIX } from './write-file'

const watchers: RootsWatcher[] = []
afterEach(async () => {
  await Promise.all(watchers.splice(0).map((w) => w.close()))
})

/** Collect batches until one mentions `sentinel`. */
async function watchUntil(root: string, sentinel: string, act: () => Promise<void>): Promise<FileChange[][]> {
  const batches: FileChange[][] = []
  let done!: () => void
  const finished = new Promise<void>((resolve) => (done = resolve))
  const watcher = watchRoots([root], (changes) => {
    batches.push([...changes])
    if (changes.some((c) => c.path.endsWith(sentinel))) done()
  }, { debounceMs: 100 })
  watchers.push(watcher)
  await watcher.ready
  await act()
  await finished
  return batches
}

describe('watchRoots', () => {
  it('reports added, changed and removed agent files in batches, ignoring .git, node_modules, the archive and temp files', async () => {
    const root = await makeTempFolder()
    await writeTree(root, { 'a.md': 'a', 'b.md': 'b', '.git/x.md': 'x', 'node_modules/p/y.md': 'y', 'notes.txt': 't' })
    await mkdir(join(root, ARCHIVE_FOLDER, 'id'), { recursive: true })
    const batches = await watchUntil(root, 'zz-sentinel.md', async () => {
      await writeFile(join(root, '.git', 'x.md'), 'x2')
      await writeFile(join(root, 'node_modules', 'p', 'y.md'), 'y2')
      await writeFile(join(root, ARCHIVE_FOLDER, 'id', 'old.md'), 'o')
      await writeFile(join(root, `${TEMP_FILE_PREFIX}a.md-123`), 'tmp')
      await writeFile(join(root, 'notes.txt'), 't2')
      await writeFile(join(root, 'a.md'), 'a2')
      await unlink(join(root, 'b.md'))
      await writeFile(join(root, 'c.md'), 'c')
      await writeFile(join(root, 'zz-sentinel.md'), 's')
    })
    const all = batches.flat()
    const byPath = Object.fromEntries(all.map((c) => [c.path.slice(root.length + 1), c.change]))
    expect(byPath).toEqual({ 'a.md': 'changed', 'b.md': 'removed', 'c.md': 'added', 'zz-sentinel.md': 'added' })
  })

  it('folds a write through a temp file and rename into one change', async () => {
    const root = await makeTempFolder()
    await writeTree(root, { 'a.md': 'a' })
    const batches = await watchUntil(root, 'a.md', async () => {
      const temp = join(root, `${TEMP_FILE_PREFIX}a.md-1`)
      await writeFile(temp, 'new')
      await rename(temp, join(root, 'a.md'))
    })
    expect(batches.flat().filter((c) => c.path.endsWith('a.md'))).toHaveLength(1)
  })
})

describe('isIgnoredWatchPath', () => {
  it.each([
    ['/r/.git/HEAD', true],
    ['/r/a/node_modules/x.md', true],
    [`/r/${ARCHIVE_FOLDER}/1/a.md`, true],
    [`/r/${TEMP_FILE_PREFIX}a.md-1`, true],
    ['/r/.claude/agents/a.md', false],
    ['/r/a.md', false],
  ])('%s -> %s', (path, ignored) => {
    expect(isIgnoredWatchPath(path)).toBe(ignored)
  })
})
