import { describe, expect, it } from 'vitest'
import type { DiffPart } from '../../shared/engine/alignment-model'
import { paintFor } from './colour'
import { coalesce, wordDiffText } from './word-diff-text'

const plain = paintFor({ stdout: { write: () => 0 }, stderr: { write: () => 0 }, isTTY: false })
const same = (text: string): DiffPart => ({ op: 'same', text })
const add = (text: string): DiffPart => ({ op: 'add', text })
const remove = (text: string): DiffPart => ({ op: 'remove', text })

describe('wordDiffText', () => {
  it('joins changes separated by one word into one change', () => {
    expect(coalesce([remove('old'), add('new'), same(' '), remove('red'), add('blue')])).toEqual([{ kind: 'change', removed: 'old red', added: 'new blue' }])
    expect(wordDiffText({ kind: 'ok', parts: [same('the cat sat on the '), remove('old'), add('new'), same(' '), remove('mat'), add('rug'), same(' today')] }, plain)).toBe(
      'the cat sat on the [-old mat-]{+new rug+} today',
    )
  })

  it('keeps a few words of context around changes and elides long runs', () => {
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')
    const text = wordDiffText({ kind: 'ok', parts: [same(`${long} `), add('inserted'), same(` ${long}`)] }, plain)
    expect(text).toBe('… w35 w36 w37 w38 w39 {+inserted+} w0 w1 w2 w3 w4 …')
  })

  it('summarises rewrites, reports too-large diffs and caps the length', () => {
    expect(wordDiffText({ kind: 'ok', parts: [remove('one two three four'), add('five six seven eight nine'), same(' x')] }, plain)).toMatch(/^\(mostly rewritten: \d+ % unchanged; 5 → 6 words\)$/)
    expect(wordDiffText({ kind: 'tooLarge', reason: 'over 2000 edits' }, plain)).toBe('(too different to diff word by word: over 2000 edits)')
    const many: DiffPart[] = []
    for (let i = 0; i < 200; i++) many.push(same(` keep${i} keep keep `), remove(`r${i}`), add(`a${i}`))
    const capped = wordDiffText({ kind: 'ok', parts: many }, plain, 120)
    expect(capped.endsWith(' … (truncated)')).toBe(true)
    expect(capped.length).toBeLessThan(200)
  })
})
