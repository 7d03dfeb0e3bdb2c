import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { corpusDocs, exampleDocs } from '../align/testing/corpus-groups'
import { groupDocuments } from '../group/group-documents'
import { groupInputFromDocument } from '../group/group-input'
import { parseDocument } from '../parse/parse-document'
import { duplicateGroups } from './duplicate-groups'

const repo = { read: (p: string) => readFileSync(p, 'utf8'), list: (d: string) => readdirSync(d) }

describe('duplicateGroups', () => {
  it('forms and orders the groups exactly as groupDocuments does (corpus and example)', () => {
    const inputs = [...corpusDocs(repo), ...exampleDocs(repo)].map(groupInputFromDocument)
    const expected = groupDocuments(inputs).groups.map((g) => ({ key: g.key, members: g.members }))
    expect(expected.length).toBeGreaterThan(10)
    expect(duplicateGroups(inputs)).toEqual(expected)
  })

  it('leaves out files whose name no other file shares', () => {
    const docs = ['a', 'b', 'a'].map((name, i) => parseDocument(`---\nname: ${name}\ndescription: d\n---\nbody ${i}\n`, `x${i}/${name}.md`))
    expect(duplicateGroups(docs.map(groupInputFromDocument))).toEqual([
      { key: 'a', members: [expect.objectContaining({ index: 0 }), expect.objectContaining({ index: 2 })] },
    ])
  })
})
