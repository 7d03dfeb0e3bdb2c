import { describe, expect, it } from 'vitest'
import { pickToken, TOKEN_STORAGE_KEY } from './browser-token'

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map }
}

describe('pickToken', () => {
  it('takes the token from the address, stores it and removes it from the address', () => {
    const storage = memoryStorage()
    const replaced: string[] = []
    const token = pickToken({ href: 'http://127.0.0.1:5000/?token=abc123&x=1#top', storage, replaceUrl: (u) => replaced.push(u) })
    expect(token).toBe('abc123')
    expect(storage.map.get(TOKEN_STORAGE_KEY)).toBe('abc123')
    expect(replaced).toEqual(['/?x=1#top'])
  })

  it('falls back to the stored token after a reload', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'kept' })
    expect(pickToken({ href: 'http://127.0.0.1:5000/', storage, replaceUrl: () => undefined })).toBe('kept')
  })

  it('answers an empty token when there is none (calls then fail with unauthorized)', () => {
    expect(pickToken({ href: 'http://127.0.0.1:5000/', storage: null, replaceUrl: () => undefined })).toBe('')
  })
})
