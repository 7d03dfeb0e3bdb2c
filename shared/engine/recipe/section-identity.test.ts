import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse/parse-document'
import { sectionBodyLength, sectionBodyText } from './section-identity'

// Headings, text and every kind of white space trim() removes (and some it keeps).
const piece = fc.constantFrom('# A\n', '## B\n', '\n', ' ', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', '\ud83d', 'x', '.', '1. **Item**: text\n')

describe('sectionBodyLength', () => {
  it('is the length of sectionBodyText, 0 for a body of white space only', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const doc = parseDocument(pieces.join(''), 'agents/a.md')
        doc.sections.forEach((_, i) => expect(sectionBodyLength(doc, i)).toBe(sectionBodyText(doc, i).length))
      }),
      { numRuns: 500 },
    )
    const doc = parseDocument('# A\n \u00a0\t\n# B\n \u200b\n', 'agents/a.md')
    expect(doc.sections.map((_, i) => sectionBodyLength(doc, i))).toEqual([0, 3])
  })
})
