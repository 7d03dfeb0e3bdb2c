import { describe, expect, it } from 'vitest'
import type { LeftOut } from '../../shared/engine/consolidate'
import { leftOutSummary } from './consolidate-output'

const row: LeftOut = { kind: 'row', row: 'r', title: 'Tips', variants: [1], reason: 'only in 2' }
const version: LeftOut = { kind: 'version', row: 'r', title: 'Tips', variant: 2, similarity: 0.4, reason: "3's version differs" }
const key: LeftOut = { kind: 'key', key: 'color', variants: [1], reason: '2 has another value' }
const items: LeftOut = { kind: 'items', key: 'tools', variant: 1, items: ['Bash'], reason: '2 also has Bash' }

describe('leftOutSummary', () => {
  it('says what was left out in plain words, in a fixed order, parts adding up to the total', () => {
    expect(leftOutSummary([items, row, version, key, row, version, key])).toBe('7 (2 sections, 2 other versions of sections, 2 frontmatter keys, extra items in 1 list)')
    expect(leftOutSummary([version, row])).toBe('2 (1 section, 1 other version of a section)')
    expect(leftOutSummary([items, items])).toBe('2 (extra items in 2 lists)')
  })

  it('writes large counts with a thousands separator, as the base reason does', () => {
    expect(leftOutSummary(Array.from({ length: 1234 }, () => row))).toBe('1,234 (1,234 sections)')
  })

  it('says nothing when nothing was left out, and never the kind names', () => {
    expect(leftOutSummary([])).toBe('nothing')
    expect(leftOutSummary([row, version, key, items])).not.toMatch(/[(,] ?(row|version|key|items)\b/)
  })
})
