// A blocking scan's walk checks for a cancel before each call it makes, as the thread pool's
// does, a link's stat included. Nothing else runs during a blocking walk, so the signal here is
// aborted from inside the file system's answer (node:fs's statSync, wrapped).

import type * as NodeFs from 'node:fs'
import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { scanFolder } from './scan-folder'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

const statHook = vi.hoisted(() => ({ current: null as ((path: string) => void) | null }))

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeFs>()
  const statSync = ((path: Parameters<typeof actual.statSync>[0], options?: Parameters<typeof actual.statSync>[1]) => {
    statHook.current?.(String(path))
    return actual.statSync(path, options)
  }) as typeof actual.statSync
  return { ...actual, statSync }
})

const agent = (name: string): string => `---\nname: ${name}\ndescription: d\n---\n# ${name}\n`

describe.each([
  ['blocking', { blocking: true }],
  ['blocking, no clean-up', { blocking: true, staleTempAgeMs: null }],
] as const)('scanFolder (%s) cancelled at a link', (_way, way) => {
  it('stats no further link once the signal aborts', async () => {
    const root = await makeTempFolder()
    await writeTree(root, { 'real/a.md': agent('a'), 'real/b.md': agent('b') })
    await symlink(join(root, 'real', 'a.md'), join(root, 'a-link.md'))
    await symlink(join(root, 'real', 'b.md'), join(root, 'b-link.md'))
    const controller = new AbortController()
    const linksStated: string[] = []
    statHook.current = (path) => {
      if (!path.endsWith('-link.md')) return
      linksStated.push(path)
      controller.abort()
    }
    try {
      await expect(scanFolder(root, { ...way, signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' })
    } finally {
      statHook.current = null
    }
    expect(linksStated).toHaveLength(1)
  })
})
