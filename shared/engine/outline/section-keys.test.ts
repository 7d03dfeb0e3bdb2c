import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { slugOfTitle } from './normalise-title'
import { sectionKeys, type KeyInput } from './section-keys'

/** The plain definition: count repeats of each own slug per parent in a map. */
function referenceKeys(sections: readonly KeyInput[]): string[] {
  const keys: string[] = []
  const used = new Map<string, number>()
  sections.forEach((s) => {
    const own = s.kind === 'preamble' ? 'preamble' : slugOfTitle(s.title)
    const id = `${s.parent ?? -1} ${own}`
    const count = (used.get(id) ?? 0) + 1
    used.set(id, count)
    const unique = count === 1 ? own : `${own}~${count}`
    keys.push(s.parent === null ? unique : `${keys[s.parent]!}/${unique}`)
  })
  return keys
}

/** Sections in document order: each parent is an earlier section (or none). */
const outlines = fc
  .array(fc.tuple(fc.constantFrom('Usage', 'Rules', 'rules!', 'Setup', '', 'A & B'), fc.nat(), fc.boolean()), { maxLength: 160 })
  .map((drafts) => drafts.map(([title, parentPick, top], index): KeyInput => ({ title, kind: 'atx', parent: top || index === 0 ? null : parentPick % index })))

describe('sectionKeys', () => {
  it('numbers repeats per parent', () => {
    const sections: KeyInput[] = [
      { title: '', kind: 'preamble', parent: null },
      { title: 'Usage', kind: 'atx', parent: null },
      { title: 'Step', kind: 'atx', parent: 1 },
      { title: 'step', kind: 'atx', parent: 1 },
      { title: 'Usage', kind: 'atx', parent: null },
      { title: 'Step', kind: 'atx', parent: 4 },
    ]
    expect(sectionKeys(sections)).toEqual(['preamble', 'usage', 'usage/step', 'usage/step~2', 'usage~2', 'usage~2/step'])
  })

  it('counts repeats past the scan window (a parent with hundreds of sections)', () => {
    const sections: KeyInput[] = [{ title: 'Top', kind: 'atx', parent: null }]
    for (let i = 0; i < 300; i++) sections.push({ title: i % 3 === 0 ? 'Same' : `Item ${i}`, kind: 'pseudo-bold', parent: 0 })
    sections.push({ title: 'Top', kind: 'atx', parent: null })
    const keys = sectionKeys(sections)
    expect(keys[298]).toBe('top/same~100')
    expect(keys[301]).toBe('top~2')
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('equals counting every path in a map, on arbitrary outlines', () => {
    fc.assert(fc.property(outlines, (sections) => {
      expect(sectionKeys(sections)).toEqual(referenceKeys(sections))
    }), { numRuns: 400 })
  })
})
