// registerIpc with a stand-in for Electron's ipcMain: every channel is handled, calls from our
// own page's main frame reach the host service, anything else is refused.

import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { HostEvent } from '../../shared/host-api'
import { HOST_EVENT_CHANNEL, HOST_METHODS, ipcChannelFor } from '../../shared/host-channels'

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>
const handlers = new Map<string, Handler>()

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}))

const { registerIpc } = await import('./ipc')

function fakeWindow() {
  const sent: [string, unknown][] = []
  const mainFrame = { processId: 4, routingId: 1, url: 'app://agent-merge/index.html' }
  const state = { windowDestroyed: false, contentsDestroyed: false }
  const alive = (destroyed: boolean): void => {
    if (destroyed) throw new TypeError('Object has been destroyed') // as Electron does
  }
  const webContents = {
    id: 7,
    isDestroyed: () => state.contentsDestroyed,
    get mainFrame() {
      alive(state.contentsDestroyed)
      return mainFrame
    },
    send: (c: string, e: unknown) => {
      alive(state.contentsDestroyed)
      sent.push([c, e])
    },
  }
  const window = {
    isDestroyed: () => state.windowDestroyed,
    get webContents() {
      alive(state.windowDestroyed)
      return webContents
    },
  }
  return { window, sent, mainFrame, state }
}

function fakeService() {
  let listener: ((e: HostEvent) => void) | null = null
  const calls: [unknown, unknown][] = []
  const service = {
    call: async (method: unknown, args: unknown) => {
      calls.push([method, args])
      return { ok: true, value: 'answer' }
    },
    onEvent: (l: (e: HostEvent) => void) => {
      listener = l
      return () => (listener = null)
    },
  }
  return { service, calls, emit: (e: HostEvent) => listener?.(e) }
}

beforeEach(() => handlers.clear())

describe('registerIpc', () => {
  it('handles exactly one channel per host method and unregisters them', () => {
    const { window } = fakeWindow()
    const dispose = registerIpc(fakeService().service as never, () => window as never)
    expect([...handlers.keys()].sort()).toEqual(HOST_METHODS.map(ipcChannelFor).sort())
    dispose()
    expect(handlers.size).toBe(0)
  })

  it('runs calls from our main frame and refuses other senders', async () => {
    const { window, mainFrame } = fakeWindow()
    const { service, calls } = fakeService()
    registerIpc(service as never, () => window as never)
    const readFile = handlers.get(ipcChannelFor('readFile'))!
    const ours = { sender: { id: 7 }, senderFrame: { ...mainFrame } }
    expect(await readFile(ours, '/a.md')).toEqual({ ok: true, value: 'answer' })
    expect(calls).toEqual([['readFile', ['/a.md']]])

    const refused = [
      { sender: { id: 8 }, senderFrame: { ...mainFrame } }, // another web contents
      { sender: { id: 7 }, senderFrame: { ...mainFrame, routingId: 2 } }, // a subframe
      { sender: { id: 7 }, senderFrame: { ...mainFrame, url: 'https://evil.example/' } }, // navigated away
      { sender: { id: 7 }, senderFrame: null }, // frame gone
    ]
    for (const event of refused) expect(await readFile(event, '/a.md')).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(calls).toHaveLength(1)
  })

  it('pushes host events to the window on the event channel', () => {
    const { window, sent } = fakeWindow()
    const { service, emit } = fakeService()
    registerIpc(service as never, () => window as never)
    emit({ kind: 'menu', command: 'save-merged' })
    expect(sent).toEqual([[HOST_EVENT_CHANNEL, { kind: 'menu', command: 'save-merged' }]])
  })

  it('skips a window being closed (its page already destroyed) or closed, without throwing', () => {
    const { window, sent, state } = fakeWindow()
    const { service, emit } = fakeService()
    registerIpc(service as never, () => window as never)
    // Electron destroys the page first, then the window ('closed'): events still come in between.
    state.contentsDestroyed = true
    expect(() => emit({ kind: 'menu', command: 'save-merged' })).not.toThrow()
    state.windowDestroyed = true
    expect(() => emit({ kind: 'menu', command: 'save-merged' })).not.toThrow()
    expect(sent).toEqual([])
  })

  it('refuses a call that arrives while the page is being destroyed', async () => {
    const { window, mainFrame, state } = fakeWindow()
    const { service, calls } = fakeService()
    registerIpc(service as never, () => window as never)
    state.contentsDestroyed = true
    const readFile = handlers.get(ipcChannelFor('readFile'))!
    const ours = { sender: { id: 7 }, senderFrame: { ...mainFrame } }
    expect(await readFile(ours, '/a.md')).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(calls).toEqual([])
  })
})
