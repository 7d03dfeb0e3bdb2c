// The renderer's browser-mode client against the real server, in-process.

import { request as httpRequest } from 'node:http'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { HostApi, HostEvent } from '../../shared/host-api'
import { makeTempFolder, writeTree } from '../host/temp-folder.test-util'
import { startServer, type RunningServer } from './start-server'

// The client is renderer code (checked by tsconfig.web.json); a computed specifier keeps this
// Node-side project from type-checking it with Node's globals. The shapes below mirror it.
interface EventSourceLike {
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void
  close(): void
}
interface BrowserHostEnv {
  readonly baseUrl: string
  readonly token: string
  readonly fetch: typeof fetch
  readonly createEventSource: (url: string) => EventSourceLike
}
const clientModule = '../../renderer/src/host/browser-host'
const { createBrowserHost } = (await import(/* @vite-ignore */ clientModule)) as { createBrowserHost: (env: BrowserHostEnv) => HostApi }

/** A minimal EventSource over node:http (Node 20 has none). */
function nodeEventSource(url: string): EventSourceLike & { opened: Promise<void> } {
  const handlers: ((e: { data: unknown }) => void)[] = []
  let markOpen!: () => void
  const opened = new Promise<void>((resolve) => (markOpen = resolve))
  const req = httpRequest(url, (res) => {
    let buffer = ''
    res.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8')
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (frame.includes(': connected')) markOpen()
        const data = frame.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n')
        if (data) for (const h of handlers) h({ data })
      }
    })
  })
  req.on('error', () => undefined)
  req.end()
  return { opened, addEventListener: (_type, listener) => void handlers.push(listener), close: () => req.destroy() }
}

const running: RunningServer[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

async function setup(token?: string) {
  const base = await makeTempFolder()
  await writeTree(base, { 'agents/a.md': '# A\n', 'static/index.html': '<!doctype html>' })
  const server = await startServer({ staticDir: join(base, 'static'), configDir: join(base, 'config'), initialPaths: [join(base, 'agents')], watchDebounceMs: 50, warn: () => undefined })
  running.push(server)
  const sources: ReturnType<typeof nodeEventSource>[] = []
  const host = createBrowserHost({
    baseUrl: `http://127.0.0.1:${server.port}`,
    token: token ?? server.token,
    fetch,
    createEventSource: (url) => {
      const source = nodeEventSource(url)
      sources.push(source)
      return source
    },
  })
  return { base, server, host, sources, agents: join(base, 'agents') }
}

describe('browser host client', () => {
  it('reads, writes and rejects with HostError values', async () => {
    const { host, agents } = await setup()
    expect(host.kind).toBe('browser')
    expect((await host.getInitialListing()).files.map((f) => f.relPath)).toEqual(['a.md'])
    const a = await host.readFile(join(agents, 'a.md'))
    const merged = await host.writeFile({ path: join(agents, 'merged.md'), text: '# M\n', expectedHash: null })
    expect(merged.path).toBe(join(agents, 'merged.md'))
    await expect(host.writeFile({ path: a.path, text: 'x', expectedHash: a.hash })).rejects.toMatchObject({ code: 'source-file', path: a.path })
    // A refusal's reasons cross HTTP with it.
    await expect(host.writeFile({ path: a.path, text: 'x', expectedHash: null })).rejects.toMatchObject({
      code: 'source-file',
      refusal: { sourceFile: true, currentHash: a.hash, changedOnDisk: false },
    })
    await expect(host.readFile('/etc/passwd')).rejects.toMatchObject({ code: 'outside-roots' })
    expect(await host.showOpenDialog('folder')).toEqual({ supported: false })
    expect(host.pathForDroppedFile({})).toBeNull()
  })

  it('reads a batch over one request: files, per-file errors and a refused oversized call', async () => {
    const { host, agents } = await setup()
    await host.getInitialListing()
    const results = await host.readFiles([join(agents, 'a.md'), join(agents, 'nope.md'), '/etc/passwd'])
    expect(results).toEqual([
      { ok: true, file: expect.objectContaining({ path: join(agents, 'a.md'), text: '# A\n' }) },
      { ok: false, error: expect.objectContaining({ code: 'not-found', path: join(agents, 'nope.md') }) },
      { ok: false, error: expect.objectContaining({ code: 'outside-roots', path: '/etc/passwd' }) },
    ])
    const tooMany = Array.from({ length: 1001 }, () => join(agents, 'a.md'))
    await expect(host.readFiles(tooMany)).rejects.toMatchObject({ code: 'bad-request', message: expect.stringContaining('at most 1000 paths') })
  })

  it('says so when the token is wrong and when the server is gone', async () => {
    const { host: wrong } = await setup('not-the-token-at-all')
    await expect(wrong.getSettings()).rejects.toMatchObject({ code: 'unauthorized' })
    const { host, server } = await setup()
    await server.close()
    await expect(host.getSettings()).rejects.toMatchObject({ code: 'io-error', message: expect.stringContaining('agent-merge serve') })
  })

  it('delivers events to listeners over one stream and closes it with the last listener', async () => {
    const { host, server, sources, agents } = await setup()
    await host.getInitialListing()
    await server.service.watcherReady()
    const seen: HostEvent[] = []
    const changed = new Promise<void>((resolve) => {
      const off = host.onEvent((e) => {
        seen.push(e)
        if (e.kind === 'files-changed') {
          off()
          resolve()
        }
      })
    })
    await sources[0]!.opened
    await writeFile(join(agents, 'a.md'), '# A changed\n')
    await changed
    expect(sources).toHaveLength(1)
    expect(seen.at(-1)).toEqual({ kind: 'files-changed', changes: [{ path: join(agents, 'a.md'), change: 'changed' }] })
  })
})
