import { describe, expect, it } from 'vitest'
import { EventEmitter } from 'node:events'
import type { ChildProcess } from 'node:child_process'
import { browserCommand, openBrowser } from './open-browser'

describe('browserCommand', () => {
  it('uses the platform opener', () => {
    expect(browserCommand('linux', 'http://x/').command).toBe('xdg-open')
    expect(browserCommand('darwin', 'http://x/').command).toBe('open')
    expect(browserCommand('win32', 'http://x/?a=1&b=2').args).toEqual(['/c', 'start', '""', 'http://x/?a=1^&b=2'])
  })

  it('reports a browser that could not be started or that failed, in one line each', () => {
    const lines: string[] = []
    const children: EventEmitter[] = []
    const fakeSpawn = () => {
      const child = Object.assign(new EventEmitter(), { unref: () => undefined })
      children.push(child)
      return child as unknown as ChildProcess
    }
    openBrowser('http://x/', (l) => lines.push(l), 'linux', fakeSpawn)
    children[0]!.emit('exit', 0)
    expect(lines).toEqual([])
    openBrowser('http://x/', (l) => lines.push(l), 'linux', fakeSpawn)
    children[1]!.emit('exit', 3)
    openBrowser('http://x/', (l) => lines.push(l), 'linux', fakeSpawn)
    children[2]!.emit('error', new Error('spawn xdg-open ENOENT'))
    children[2]!.emit('exit', -2)
    openBrowser('http://x/', (l) => lines.push(l), 'linux', () => {
      throw new Error('no processes left')
    })
    expect(lines).toEqual([
      'agent-merge: could not open a browser (xdg-open exited with code 3); open the address above yourself.',
      'agent-merge: could not open a browser (xdg-open: spawn xdg-open ENOENT); open the address above yourself.',
      'agent-merge: could not open a browser (no processes left); open the address above yourself.',
    ])
  })
})
