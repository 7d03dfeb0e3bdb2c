import { describe, expect, it } from 'vitest'
import { RepeatedTexts } from './repeated-texts'
import { sampleHash } from './sample-hash'

/** What a caller does: the kept value, else a new one, kept from the second sighting on. */
function valueOf(store: RepeatedTexts<string>, text: string, make: () => string): string {
  const known = store.find(text)
  if (known !== undefined) return known
  const value = make()
  if (store.metBefore(text)) store.keep(text, value)
  return value
}

describe('RepeatedTexts', () => {
  it('keeps a value from the second sighting of a text on', () => {
    const store = new RepeatedTexts<string>(1000)
    expect(valueOf(store, 'body one', () => 'first')).toBe('first')
    expect(store.find('body one')).toBeUndefined()
    expect(valueOf(store, 'body one', () => 'second')).toBe('second')
    expect(valueOf(store, 'body one', () => 'third')).toBe('second')
  })

  it('tells apart texts that share every sampled unit', () => {
    const base = 'x'.repeat(600)
    const other = `${base.slice(0, 1)}y${base.slice(2)}` // unit 1 is not sampled (the step is 3)
    expect(sampleHash(other)).toBe(sampleHash(base))
    const store = new RepeatedTexts<string>(10_000)
    store.metBefore(base)
    store.keep(base, 'base')
    expect(store.find(base)).toBe('base')
    expect(store.find(other)).toBeUndefined()
  })

  it('starts over when the kept characters would pass its bound', () => {
    const store = new RepeatedTexts<string>(10)
    store.keep('123456', 'a')
    store.keep('abcdef', 'b')
    expect(store.find('123456')).toBeUndefined()
    expect(store.find('abcdef')).toBe('b')
  })
})
