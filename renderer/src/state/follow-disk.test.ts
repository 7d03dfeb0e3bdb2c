// The listing follows files added and removed on disk, without a Rescan, once the changes pause.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createInThreadEngine } from '../engine-worker/in-thread-engine'
import { startFollowingDisk } from './follow-disk'
import { setServices } from './services'
import { useAppStore } from './store'
import { createFakeHost, type FakeHost } from './testing/fake-host'
import { exampleFiles } from './testing/example-files'

const root = '/work/agents'
const files = exampleFiles(root)
const paths = Object.keys(files).sort()
const DELAY = 20

let host: FakeHost
let stop: () => void

const groupSize = () => useAppStore.getState().grouping?.grouping.groups[0]?.members.length ?? 0
const listed = () => useAppStore.getState().listing?.files.map((f) => f.path) ?? []

beforeEach(async () => {
  host = createFakeHost(root, files)
  setServices({ host, engine: createInThreadEngine() })
  await useAppStore.getState().loadInitial()
  stop = startFollowingDisk(useAppStore, host, DELAY)
})

afterEach(() => stop())

describe('following the disk', () => {
  it('drops a file deleted outside the app from the listing and its group', async () => {
    expect(groupSize()).toBe(paths.length)
    host.files.delete(paths[0]!)
    host.emit({ kind: 'files-changed', changes: [{ path: paths[0]!, change: 'removed' }] })
    await expect.poll(() => listed()).not.toContain(paths[0])
    expect(groupSize()).toBe(paths.length - 1)
    expect(useAppStore.getState().workspaceBusy).toBe('idle')
  })

  it('adds a file created outside the app to the group it belongs to', async () => {
    const copy = `${root}/copy/backend-architect.md`
    host.files.set(copy, files[paths[0]!]!)
    host.emit({ kind: 'files-changed', changes: [{ path: copy, change: 'added' }] })
    await expect.poll(() => groupSize()).toBe(paths.length + 1)
    expect(listed()).toContain(copy)
  })

  it('re-lists once for a burst of changes', async () => {
    let rescans = 0
    const rescan = host.rescan
    host.rescan = () => {
      rescans++
      return rescan()
    }
    for (const path of paths.slice(0, 3)) {
      host.files.delete(path)
      host.emit({ kind: 'files-changed', changes: [{ path, change: 'removed' }] })
    }
    await expect.poll(() => groupSize()).toBe(paths.length - 3)
    await new Promise((r) => setTimeout(r, DELAY * 3))
    expect(rescans).toBe(1)
  })

  it('waits for an open under way instead of answering with the listing from before it', async () => {
    useAppStore.setState({ workspaceBusy: 'opening' })
    host.files.delete(paths[0]!)
    host.emit({ kind: 'files-changed', changes: [{ path: paths[0]!, change: 'removed' }] })
    await new Promise((r) => setTimeout(r, DELAY * 3))
    expect(listed()).toContain(paths[0]) // not while the open runs
    useAppStore.setState({ workspaceBusy: 'idle' })
    await expect.poll(() => listed()).not.toContain(paths[0])
  })

  it('waits while a library step moves and writes files, then follows', async () => {
    useAppStore.setState({ libraryProgress: { label: 'Applying the proposals', done: 0, total: 0, countsFiles: true } })
    host.files.delete(paths[0]!)
    host.emit({ kind: 'files-changed', changes: [{ path: paths[0]!, change: 'removed' }] })
    await new Promise((r) => setTimeout(r, DELAY * 3))
    expect(listed()).toContain(paths[0]) // the step's half-done folder is not shown
    useAppStore.setState({ libraryProgress: null })
    await expect.poll(() => listed()).not.toContain(paths[0])
  })
})
