import { describe, expect, it } from 'vitest'
import { listDocument, parseDocument } from './parse-document'

describe('parseDocument diagnostics', () => {
  it.each([
    ['\0', 1],
    ['a\0b\n', 1],
    ['a\n\0', 2],
    ['a\nb\0\n', 2],
    ['a\r\n\r\n\0x', 3],
    ['a\r\0', 2],
    ['---\nname: x\n---\n# T\n\ntext\n\0\n', 7],
  ])('a NUL byte in %j is reported on line %i', (text, line) => {
    const nul = parseDocument(text, 'x.md').diagnostics.filter((d) => d.code === 'nul-byte')
    expect(nul.map((d) => d.line)).toEqual([line])
    expect(nul[0]!.message).not.toMatch(/^line \d/)
  })

  it('skips its own NUL search when the caller knows there is none (the host checked the bytes)', () => {
    const text = '---\nname: x\n---\n# T\n'
    expect(parseDocument(text, 'x.md', { nulFree: true })).toEqual(parseDocument(text, 'x.md'))
    // The caller's word is taken: a wrong promise loses only the warning.
    expect(parseDocument('a\0', 'x.md', { nulFree: true }).diagnostics.filter((d) => d.code === 'nul-byte')).toEqual([])
    expect(parseDocument('a\0', 'x.md', { nulFree: false }).diagnostics.filter((d) => d.code === 'nul-byte')).toHaveLength(1)
  })

  it("keeps the frontmatter's diagnostics before the body's", () => {
    const text = '---\nname: x\nname: y\n---\n# T\n\0\n```\ncode\n'
    const codes = (doc: { readonly diagnostics: readonly { readonly code: string }[] }): string[] => doc.diagnostics.map((d) => d.code)
    expect(codes(parseDocument(text, 'x.md'))).toEqual(['duplicate-key', 'unclosed-fence', 'nul-byte'])
    expect(codes(listDocument(text, 'x.md'))).toEqual(['duplicate-key', 'unclosed-fence', 'nul-byte'])
    expect(codes(parseDocument('---\nname: x\nname: y\n---\n# T\n', 'x.md'))).toEqual(['duplicate-key'])
  })
})
