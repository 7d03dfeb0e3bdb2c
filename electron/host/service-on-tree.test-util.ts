// Test helper: a host service with one temporary folder opened, holding the given files
// (disposed after each test), and a byte-for-byte picture of a folder's tree.

import { readdir, readFile, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { createHostService, type HostService } from './host-service'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

const services: HostService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.dispose()))
})

export async function serviceOnTree(files: Record<string, string>): Promise<{ root: string; service: HostService; at: (rel: string) => string }> {
  const root = await makeTempFolder()
  const configDir = await makeTempFolder()
  await writeTree(root, files)
  const service = createHostService({ configDir, initialPaths: [root], watch: false, warn: () => undefined })
  services.push(service)
  await service.getInitialListing()
  return { root, service, at: (rel: string) => join(root, rel) }
}

/** Every file under root (archives included) with its bytes, and every link as `-> <its target
 *  text>`: what "byte for byte" compares. */
export async function snapshotTree(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const out: Record<string, string> = {}
  for (const e of entries) {
    const path = join(e.parentPath, e.name)
    if (e.isFile()) out[path.slice(root.length + 1)] = await readFile(path, 'latin1')
    else if (e.isSymbolicLink()) out[path.slice(root.length + 1)] = `-> ${await readlink(path)}`
  }
  return out
}

/** The step-progress counts a service sends while `step` runs ([done, total] each), checked to
 *  rise to one total (which ones between are sent depends on the clock: a throttle). */
export async function stepCounts(service: HostService, step: () => Promise<unknown>): Promise<{ readonly first: readonly number[]; readonly last: readonly number[]; readonly rising: boolean }> {
  const counts: [number, number][] = []
  const stop = service.onEvent((e) => {
    if (e.kind === 'step-progress') counts.push([e.done, e.total])
  })
  try {
    await step()
  } finally {
    stop()
  }
  const total = counts.at(-1)?.[1]
  return { first: counts[0] ?? [], last: counts.at(-1) ?? [], rising: counts.every(([done, t], i) => t === total && (i === 0 || done > counts[i - 1]![0])) }
}
