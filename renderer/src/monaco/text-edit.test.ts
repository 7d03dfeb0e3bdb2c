import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textEdit } from './text-edit'

const apply = (before: string, after: string): string => {
  const edit = textEdit(before, after)
  return edit ? before.slice(0, edit.start) + edit.text + before.slice(edit.end) : before
}

describe('textEdit', () => {
  it('replaces only the changed span', () => {
    expect(textEdit('# A\nold line\n# B\n', '# A\nnew line\n# B\n')).toEqual({ start: 4, end: 7, text: 'new' })
    expect(textEdit('same', 'same')).toBeNull()
    expect(textEdit('ab', 'aXb')).toEqual({ start: 1, end: 1, text: 'X' })
  })

  it('never cuts inside a CRLF or a surrogate pair', () => {
    expect(textEdit('a\r\nb', 'a\nb')).toEqual({ start: 1, end: 3, text: '\n' })
    const edit = textEdit('x\u{1F600}y', 'x\u{1F601}y')!
    expect(edit.start).toBe(1)
    expect(edit.text).toBe('\u{1F601}')
  })

  it('turns any text into any other', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', '\u{1F600}', '#', ' ') })
    fc.assert(fc.property(text, text, (before, after) => apply(before, after) === after))
  })
})
