import { request as httpRequest } from 'node:http'
import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempFolder, writeTree } from '../host/temp-folder.test-util'
import { rawRequest } from './http-request.test-util'
import { CONTENT_SECURITY_POLICY } from './security-headers'
import { startServer, type RunningServer } from './start-server'

const running: RunningServer[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

async function setup() {
  const base = await makeTempFolder()
  await writeTree(base, {
    'static/index.html': '<!doctype html><title>Agent Merge</title>',
    'static/assets/app.js': 'console.log(1)',
    'secret.txt': 'TOP SECRET',
    'agents/a.md': '# A\n',
    'agents/b.md': '# B\n',
    'private/secret.md': 'TOP SECRET',
  })
  await symlink(base, join(base, 'static', 'link-out'))
  await symlink(join(base, 'private'), join(base, 'agents', 'out'))
  const server = await startServer({
    staticDir: join(base, 'static'),
    configDir: join(base, 'config'),
    initialPaths: [join(base, 'agents')],
    watchDebounceMs: 50,
    warn: () => undefined,
  })
  running.push(server)
  const call = (method: string, args: unknown[], headers: Record<string, string> = {}) =>
    rawRequest(server.port, `/api/call/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, host: `127.0.0.1:${server.port}`, ...headers },
      body: JSON.stringify(args),
    })
  return { base, server, call, agents: join(base, 'agents') }
}

describe('browser mode server', () => {
  it('prints a loopback URL with the token and serves the page with the CSP', async () => {
    const { server } = await setup()
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token).toMatch(/^[0-9a-f]{64}$/)
    const page = await rawRequest(server.port, '/?token=x')
    expect(page.status).toBe(200)
    expect(page.text).toContain('Agent Merge')
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect((await rawRequest(server.port, '/assets/app.js')).headers['content-type']).toContain('javascript')
    expect((await rawRequest(server.port, '/assets/')).status).toBe(404) // no directory listing
  })

  it('refuses API calls without the token or with a wrong one (401)', async () => {
    const { call } = await setup()
    const none = await call('getSettings', [], { authorization: '' })
    expect(none.status).toBe(401)
    expect(none.json).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect((await call('getSettings', [], { authorization: 'Bearer wrong' })).status).toBe(401)
    expect((await call('getSettings', [])).status).toBe(200)
  })

  it('accepts the token in the x-agent-merge-token header, and in the query only for events', async () => {
    const { server, call } = await setup()
    expect((await call('getSettings', [], { authorization: '', 'x-agent-merge-token': server.token })).status).toBe(200)
    const inQuery = await rawRequest(server.port, `/api/call/getSettings?token=${server.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' })
    expect(inQuery.status).toBe(401)
  })

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (403)', async () => {
    const { server, call } = await setup()
    expect((await call('getSettings', [], { host: `evil.example:${server.port}` })).status).toBe(403)
    expect((await call('getSettings', [], { host: `127.0.0.1:1` })).status).toBe(403)
    expect((await rawRequest(server.port, '/', { headers: { host: 'evil.example' } })).status).toBe(403)
    expect((await call('getSettings', [], { origin: 'http://evil.example' })).status).toBe(403)
    expect((await call('getSettings', [], { origin: `http://localhost:${server.port}` })).status).toBe(200)
  })

  it('refuses traversal in static paths', async () => {
    const { server } = await setup()
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/assets%2f..%2f..%2fsecret.txt', '/..%5csecret.txt', '/link-out/secret.txt', '/%252e%252e/secret.txt', '//etc/passwd', '/etc/passwd']) {
      const answer = await rawRequest(server.port, path)
      expect(answer.status, path).toBeGreaterThanOrEqual(400)
      expect(answer.text, path).not.toContain('TOP SECRET')
    }
  })

  it('refuses traversal and outside paths in the API', async () => {
    const { base, agents, call } = await setup()
    for (const path of [`${agents}/../secret.txt`, `${agents}/%2e%2e/secret.txt`, `${agents}/..%2fsecret.txt`, join(base, 'secret.txt'), '/etc/passwd', join(agents, 'out', 'secret.md')]) {
      const answer = await call('readFile', [path])
      expect(answer.status, path).toBe(403)
      expect(answer.json, path).toMatchObject({ ok: false, error: { code: 'outside-roots' } })
    }
    const write = await call('writeFile', [{ path: join(base, 'planted.md'), text: 'x', expectedHash: null }])
    expect(write.status).toBe(403)
    expect((await call('readFile', ['relative/a.md'])).status).toBe(400)
  })

  it('answers malformed requests with 400 and a message', async () => {
    const { server, call } = await setup()
    const broken = await rawRequest(server.port, '/api/call/getSettings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: '{"oops": ',
    })
    expect(broken.status).toBe(400)
    expect(broken.json).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('not valid JSON') } })
    expect((await call('noSuchMethod', [])).status).toBe(400)
    expect((await call('readFile', [1, 2])).json).toMatchObject({ error: { message: 'readFile: expected 1 argument, got 2' } })
    const notJson = await rawRequest(server.port, '/api/call/getSettings', { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${server.token}` }, body: '[]' })
    expect(notJson.status).toBe(415)
    expect((await rawRequest(server.port, '/api/call/getSettings', { headers: { authorization: `Bearer ${server.token}` } })).status).toBe(405)
  })

  it('answers a draft nested 20,000 deep with 400 and one line, and keeps serving', async () => {
    const { server, call } = await setup()
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    const answer = await rawRequest(server.port, '/api/call/saveDraft', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: `[{"id":"g1","updatedAt":1,"data":${deep}}]`,
    })
    expect(answer.status).toBe(400)
    expect(answer.json).toMatchObject({ ok: false, error: { code: 'bad-request', message: 'saveDraft: draft.data nests deeper than 100 levels; a draft is not that deep' } })
    expect((await call('saveDraft', [{ id: 'g1', updatedAt: 1, data: { recipe: [[{ a: 1 }]] } }])).status).toBe(200)
    expect((await call('loadDraft', ['g1'])).json).toMatchObject({ ok: true, value: { data: { recipe: [[{ a: 1 }]] } } })
  })

  it('does a full open, read, write round trip', async () => {
    const { agents, call } = await setup()
    const listing = (await call('getInitialListing', [])).json as { value: { files: { relPath: string }[] } }
    expect(listing.value.files.map((f) => f.relPath)).toEqual(['a.md', 'b.md'])
    const a = (await call('readFile', [join(agents, 'a.md')])).json as { value: { text: string; hash: string } }
    expect(a.value.text).toBe('# A\n')
    const created = await call('writeFile', [{ path: join(agents, 'merged.md'), text: '# Merged\n', expectedHash: null }])
    expect(created.status).toBe(200)
    const again = await call('writeFile', [{ path: join(agents, 'merged.md'), text: '# Merged\n', expectedHash: null }])
    expect(again.status).toBe(409)
    expect(again.json).toMatchObject({ error: { code: 'exists' } })
    const source = await call('writeFile', [{ path: join(agents, 'a.md'), text: 'x', expectedHash: a.value.hash }])
    expect(source.json).toMatchObject({ error: { code: 'source-file' } })
    const merged = (await call('readFile', [join(agents, 'merged.md')])).json as { value: { text: string } }
    expect(merged.value.text).toBe('# Merged\n')
  })

  it('streams events after a file changes on disk', async () => {
    const { server, agents, call } = await setup()
    await call('getInitialListing', [])
    await server.service.watcherReady()
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream')
        let buffer = ''
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8')
          if (buffer.includes(': connected')) void writeFile(join(agents, 'b.md'), '# B changed\n')
          const line = buffer.split('\n').find((l) => l.startsWith('data: ') && l.includes('files-changed'))
          if (line) {
            req.destroy()
            resolve(line.slice('data: '.length))
          }
        })
      })
      req.on('error', reject)
      req.end()
    })
    expect(JSON.parse(await received)).toEqual({ kind: 'files-changed', changes: [{ path: join(agents, 'b.md'), change: 'changed' }] })
    expect((await rawRequest(server.port, '/api/events')).status).toBe(401)
  })
})
