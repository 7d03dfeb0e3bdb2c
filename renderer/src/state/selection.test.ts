import { describe, expect, it } from 'vitest'
import { nextSelection } from './selection'

const order = ['a', 'b', 'c', 'd', 'e']

describe('sidebar selection', () => {
  it('single click selects one file', () => {
    expect(nextSelection({ selection: ['a', 'b'], anchor: 'a' }, 'c', 'single', order).selection).toEqual(['c'])
  })
  it('toggle adds and removes', () => {
    const s1 = nextSelection({ selection: ['a'], anchor: 'a' }, 'c', 'toggle', order)
    expect(s1.selection).toEqual(['a', 'c'])
    expect(nextSelection({ selection: s1.selection, anchor: 'c' }, 'a', 'toggle', order).selection).toEqual(['c'])
  })
  it('range selects from the anchor in visible order, either direction', () => {
    expect(nextSelection({ selection: ['d'], anchor: 'd' }, 'b', 'range', order).selection).toEqual(['d', 'b', 'c'])
    expect(nextSelection({ selection: [], anchor: null }, 'b', 'range', order).selection).toEqual(['b'])
  })
})
