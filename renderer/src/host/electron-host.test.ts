import { describe, expect, it } from 'vitest'
import type { HostEvent } from '../../../shared/host-api'
import { HOST_METHODS, type AgentMergeBridge } from '../../../shared/host-channels'
import { createElectronHost } from './electron-host'

function fakeBridge(answers: Record<string, unknown>): { bridge: AgentMergeBridge; calls: [string, unknown[]][]; emit: (e: HostEvent) => void } {
  const calls: [string, unknown[]][] = []
  let listener: ((e: HostEvent) => void) | null = null
  const methods = Object.fromEntries(
    HOST_METHODS.map((m) => [m, async (...args: unknown[]) => {
      calls.push([m, args])
      const answer = answers[m]
      if (answer instanceof Error) throw answer
      return answer ?? { ok: true, value: null }
    }]),
  )
  const bridge = {
    ...methods,
    pathForDroppedFile: () => '/dropped.md',
    onEvent: (l: (e: HostEvent) => void) => {
      listener = l
      return () => (listener = null)
    },
  } as unknown as AgentMergeBridge
  return { bridge, calls, emit: (e) => listener?.(e) }
}

describe('createElectronHost', () => {
  it('unwraps answers and passes arguments through', async () => {
    const { bridge, calls } = fakeBridge({ readFile: { ok: true, value: { path: '/a.md', text: 'A', hash: 'h', mtimeMs: 1 } } })
    const host = createElectronHost(bridge)
    expect(host.kind).toBe('electron')
    expect(await host.readFile('/a.md')).toEqual({ path: '/a.md', text: 'A', hash: 'h', mtimeMs: 1 })
    expect(calls).toEqual([['readFile', ['/a.md']]])
    expect(host.pathForDroppedFile({})).toBe('/dropped.md')
  })

  it('carries readFiles: per-file entries come back as they are', async () => {
    const entries = [
      { ok: true, file: { path: '/a.md', text: 'A', hash: 'h', mtimeMs: 1 } },
      { ok: false, error: { code: 'not-found', message: '/b.md does not exist', path: '/b.md' } },
    ]
    const { bridge, calls } = fakeBridge({ readFiles: { ok: true, value: entries } })
    expect(await createElectronHost(bridge).readFiles(['/a.md', '/b.md'])).toEqual(entries)
    expect(calls).toEqual([['readFiles', [['/a.md', '/b.md']]]])
  })

  it('rejects with the HostError value the main process sent', async () => {
    const error = { code: 'changed-on-disk', message: '/a.md changed on disk', path: '/a.md' }
    const host = createElectronHost(fakeBridge({ writeFile: { ok: false, error } }).bridge)
    await expect(host.writeFile({ path: '/a.md', text: 'x', expectedHash: null })).rejects.toEqual(error)
  })

  it('turns a failed IPC call into an io-error value', async () => {
    const host = createElectronHost(fakeBridge({ getSettings: new Error('channel closed') }).bridge)
    await expect(host.getSettings()).rejects.toEqual({ code: 'io-error', message: 'getSettings failed in the app: channel closed' })
  })

  it('forwards events', () => {
    const { bridge, emit } = fakeBridge({})
    const seen: HostEvent[] = []
    const off = createElectronHost(bridge).onEvent((e) => seen.push(e))
    emit({ kind: 'menu', command: 'undo' })
    off()
    emit({ kind: 'menu', command: 'redo' })
    expect(seen).toEqual([{ kind: 'menu', command: 'undo' }])
  })
})
