import { describe, expect, it } from 'vitest'
import { aboutText } from './about'

describe('aboutText', () => {
  it('names the app, its version and the runtime versions', () => {
    const text = aboutText({ appName: 'Agent Merge', version: '0.1.0', versions: { electron: '45.1.0', chrome: '140.0', node: '22.1.0' }, platform: 'linux', arch: 'x64' })
    expect(text.title).toBe('About Agent Merge')
    expect(text.message).toBe('Agent Merge 0.1.0')
    expect(text.detail.split('\n').at(-1)).toBe('Electron 45.1.0, Chromium 140.0, Node 22.1.0 · linux x64')
  })

  it('leaves out versions it does not know', () => {
    const text = aboutText({ appName: 'Agent Merge', version: '0.1.0', versions: {}, platform: 'darwin', arch: 'arm64' })
    expect(text.detail.split('\n').at(-1)).toBe('darwin arm64')
  })
})
