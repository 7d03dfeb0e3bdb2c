import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeTempFolder } from '../host/temp-folder.test-util'
import { runServe } from './run-serve'

describe('runServe', () => {
  it('prints the loopback address with a token, opens the example without a folder, and stops on request', async () => {
    const lines: string[] = []
    let stop!: () => void
    const stopSignal = new Promise<void>((resolve) => (stop = resolve))
    const done = runServe({ paths: [], port: 0, open: false, token: undefined }, { configDir: await makeTempFolder(), out: (l) => lines.push(l), err: (l) => lines.push(l), stopSignal })
    while (!lines.some((l) => l.startsWith('Opened:'))) await new Promise((r) => setTimeout(r, 10))
    const url = lines.find((l) => l.includes('http://'))!.match(/http:\S+/)![0]
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/)
    expect(lines.join('\n')).toContain(join('examples', 'backend-architect'))
    const listing = await fetch(new URL('/api/call/getInitialListing', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${new URL(url).searchParams.get('token')}` },
      body: '[]',
    })
    expect(((await listing.json()) as { value: { files: unknown[] } }).value.files).toHaveLength(5)
    stop()
    expect(await done).toBe(0)
    expect(lines.at(-1)).toBe('Agent Merge stopped.')
  })

  it('exits 2 with one line for a missing folder', async () => {
    const lines: string[] = []
    expect(await runServe({ paths: ['/no/such/folder'], port: 0, open: false, token: undefined }, { err: (l) => lines.push(l) })).toBe(2)
    expect(lines).toEqual([expect.stringContaining('/no/such/folder does not exist')])
  })
})
