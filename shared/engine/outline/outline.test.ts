// Table tests for the outline: headings, fences, setext vs thematic breaks, pseudo-headings, keys.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Section } from '../model'
import { outlineBody } from './outline'

const outline = (text: string): readonly Section[] => {
  const sections = outlineBody(text, 0)
  let at = 0
  for (const s of sections) {
    expect(s.start).toBe(at)
    at = s.end
  }
  expect(at).toBe(text.length)
  return sections
}
const titles = (text: string): string[] => outline(text).map((s) => `${s.kind}:${s.level}:${s.title}`)

describe('ATX headings', () => {
  it('nests by level and strips closing hashes', () => {
    const s = outline('intro\n# A #\n## B ##\ntext\n### C\n## D\n# E\n')
    expect(s.map((x) => [x.title, x.level, x.parent])).toEqual([['', 0, null], ['A', 1, null], ['B', 2, 1], ['C', 3, 2], ['D', 2, 1], ['E', 1, null]])
    expect(s.map((x) => x.key)).toEqual(['preamble', 'a', 'a/b', 'a/b/c', 'a/d', 'e'])
    expect(s.map((x) => x.line)).toEqual([1, 2, 3, 5, 6, 7])
  })

  it.each([
    ['#Title', []],
    ['####### Seven', []],
    ['    # indented code', []],
    ['   # three spaces ok', ['atx:1:three spaces ok']],
    ['#', ['atx:1:']],
    ['## Foo #bar', ['atx:2:Foo #bar']],
    ['## Foo \\#', ['atx:2:Foo \\#']],
    ['#\tTab', ['atx:1:Tab']],
  ])('%j', (line, expected) => {
    const got = titles(line + '\n').filter((t) => !t.startsWith('preamble'))
    expect(got).toEqual(expected)
  })

  it('reads CRLF lines and keeps the heading span with its line ending', () => {
    const s = outline('# A\r\ntext\r\n## B\r\n')
    expect(s.map((x) => x.title)).toEqual(['A', 'B'])
    expect(s[0]!.headingEnd).toBe(5)
  })
})

describe('fences', () => {
  it('ignores `#` lines inside ``` and ~~~ fences', () => {
    expect(titles('# A\n```python\n# comment\n```\n~~~\n# also code\n~~~\n# B\n')).toEqual(['atx:1:A', 'atx:1:B'])
  })

  it('needs the same character and at least the same length to close', () => {
    expect(titles('````\n```\n# code\n~~~~\n# code\n````\n# After\n')).toEqual(['preamble:0:', 'atx:1:After'])
  })

  it('runs an unclosed fence to the end of the file', () => {
    expect(titles('# A\n```\n# code\n## more code\n')).toEqual(['atx:1:A'])
  })

  it('does not open a backtick fence whose info string holds a backtick', () => {
    expect(titles('``` a`b\n# Real\n')).toEqual(['preamble:0:', 'atx:1:Real'])
  })

  it('accepts fences nested in list items with 4-space indents', () => {
    expect(titles('1. Step\n    ```bash\n# not a heading\n    ```\n# B\n')).toEqual(['preamble:0:', 'atx:1:B'])
  })
})

describe('setext headings', () => {
  it('reads `===` and `---` under paragraph text', () => {
    expect(titles('Title\n=====\ntext\n\nSub\n---\n')).toEqual(['setext:1:Title', 'setext:2:Sub'])
  })

  // Deviation from CommonMark (see setext.ts): agent files write `---` rules straight under
  // prose, so `---` underlines only a paragraph of one short line that does not end a sentence.
  it.each([
    ['text\nSub\n---\n', ['preamble:0:']], // CommonMark: a heading 'text Sub'
    ['# A\nYou review code.\n---\n## B\n', ['atx:1:A', 'atx:2:B']],
    ['# A\nOutput format:\n---\nmore\n', ['atx:1:A']],
    ['# A\nAre you sure?\n---\n', ['atx:1:A']],
    ['# A\nFirst, the list,\n---\n', ['atx:1:A']],
    [`# A\n${'word '.repeat(17)}\n---\n`, ['atx:1:A']], // 85 characters
    [`${'w'.repeat(80)}\n---\n`, [`setext:2:${'w'.repeat(80)}`]],
    ['# A\nUsage Notes  \n---\ntext\n', ['atx:1:A', 'setext:2:Usage Notes']],
    ['Two line\nparagraph\n---\n', ['preamble:0:']],
    ['Two line\nparagraph\n===\n', ['setext:1:Two line paragraph']], // `===` is never a rule
  ])('%j', (text, expected) => {
    expect(titles(text)).toEqual(expected)
  })

  it('lets a paragraph start again after a `---` rule under prose', () => {
    expect(titles('You are X.\n---\nTitle\n---\nbody\n')).toEqual(['preamble:0:', 'setext:2:Title'])
  })

  it('takes `---` after a blank line as a thematic break', () => {
    expect(titles('# A\ntext\n\n---\n\nmore\n')).toEqual(['atx:1:A'])
  })

  it('does not underline list items, quotes or fenced lines', () => {
    expect(titles('- item\n---\n> quote\n---\n```\ncode\n---\n```\n')).toEqual(['preamble:0:'])
  })

  it('keeps a list going through an underline: the text after it is no new paragraph', () => {
    // `===` under a list item is more of the item; `Title` below continues it too, so the
    // `---` under it underlines nothing.
    expect(titles('- item\n===\nTitle\n---\n')).toEqual(['preamble:0:'])
    expect(titles('===\n===\n')).toEqual(['setext:1:==='])
  })

  it('joins a multi-line paragraph into the title', () => {
    const s = outline('Two line\ntitle\n===\nbody\n')
    expect(s[0]).toMatchObject({ title: 'Two line title', kind: 'setext', level: 1, line: 1 })
    expect(s[0]!.headingEnd).toBe('Two line\ntitle\n===\n'.length)
  })
})

describe('pseudo-headings', () => {
  it('splits a section without sub-headings at two or more bold lines', () => {
    const s = outline('# Role\nintro\n**Tools**\n- a\n**Style**:\n- b\n**Output:**\ntext\n')
    expect(s.map((x) => `${x.kind}:${x.level}:${x.title}:${x.parent}`)).toEqual(['atx:1:Role:null', 'bold:2:Tools:0', 'bold:2:Style:0', 'bold:2:Output:0'])
    expect(s.map((x) => x.key)).toEqual(['role', 'role/tools', 'role/style', 'role/output'])
  })

  it('reads `__Title__` lines and items like `**Title**` ones', () => {
    const s = outline('# Role\nintro\n__Tools__\n- a\n__Style__:\n- b\n1. __Output:__ text\n')
    expect(s.map((x) => `${x.kind}:${x.level}:${x.title}`)).toEqual(['atx:1:Role', 'bold:2:Tools', 'bold:2:Style', 'item:2:Output'])
    expect(titles('# A\n__init__.py\n__main__.py\n___\n______\n')).toEqual(['atx:1:A'])
    expect(titles('# A\n__Mixed**\n**Marks__\n')).toEqual(['atx:1:A'])
  })

  it('leaves a single bold line as emphasis', () => {
    expect(titles('# Role\n**Note**\ntext\n')).toEqual(['atx:1:Role'])
  })

  it('splits numbered bold items', () => {
    const s = outline('You are X.\n\n1. **API Design & Implementation**: When building APIs\n   - a\n2. **Database Architecture**: You will\n3. **Plain** item text without colon\n')
    expect(s.map((x) => `${x.kind}:${x.level}:${x.title}`)).toEqual(['preamble:0:', 'item:1:API Design & Implementation', 'item:1:Database Architecture'])
    expect(s[1]!.key).toBe('preamble/api-design-and-implementation')
  })

  it('does not split a section that has real sub-headings, nor inside fences', () => {
    expect(titles('# A\n**X**\n**Y**\n## B\ntext\n')).toEqual(['atx:1:A', 'atx:2:B'])
    expect(titles('# A\n```\n**X**\n**Y**\n```\n')).toEqual(['atx:1:A'])
  })

  it('splits between fences, on the lines next to them, and not inside an unclosed one', () => {
    const text = '# A\n**P**\n```\n**in 1**\n```\n**Q**\n~~~\n**in 2**\n~~~\n**R**\n```\n**in 3**\n'
    expect(titles(text)).toEqual(['atx:1:A', 'bold:2:P', 'bold:2:Q', 'bold:2:R'])
    expect(titles('# A\n```\n**in**\n```\n**P**\n**Q**\n```\n**in**\n```\n')).toEqual(['atx:1:A', 'bold:2:P', 'bold:2:Q'])
  })

  it('drops an empty preamble when the body starts with a pseudo-heading', () => {
    const s = outline('**One**\ntext\n**Two**\ntext\n')
    expect(s.map((x) => `${x.kind}:${x.level}:${x.parent}`)).toEqual(['bold:1:null', 'bold:1:null'])
  })
})

describe('section keys and preamble', () => {
  it('suffixes repeated keys', () => {
    expect(outline('# Examples\n## Input\n# Examples\n## Input\n## Input\n').map((s) => s.key)).toEqual(['examples', 'examples/input', 'examples~2', 'examples~2/input', 'examples~2/input~2'])
  })

  it('gives an empty body no sections and keeps blank lines before the first heading', () => {
    expect(outline('')).toEqual([])
    expect(titles('\n\n# A\n')).toEqual(['preamble:0:', 'atx:1:A'])
  })

  it('numbers lines from the first line of the file after a BOM', () => {
    const s = outlineBody('\uFEFF# A\ntext\n## B\n', 1)
    expect(s.map((x) => [x.title, x.line, x.start])).toEqual([['A', 1, 1], ['B', 3, 10]])
  })

  it('numbers lines from the start of the file when the body starts later', () => {
    const text = '---\nname: x\n---\n# A\n'
    const s = outlineBody(text, 16)
    expect(s[0]).toMatchObject({ title: 'A', line: 4, start: 16, end: text.length })
  })
})

describe('line endings', () => {
  // The scan walks lines on its own (the parser's hottest loop): whatever the endings, the same
  // sections on the same lines, tiling the text.
  const piece = fc.constantFrom('# A', '## B', 'text', '', '   ', '```', '~~~', '**Bold**', '1. **Item**: x', '- item', '---', '===', 'Title', '> q', '    code', '#nope', '\t# tab')
  it('gives \\n, \\r\\n and lone \\r texts the same outline', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (lines, finalNewline) => {
      const shape = (eol: string) => {
        const text = lines.join(eol) + (finalNewline ? eol : '')
        return outline(text).map((s) => [s.kind, s.level, s.title, s.line, s.parent, s.key])
      }
      const lf = shape('\n')
      expect(shape('\r\n')).toEqual(lf)
      expect(shape('\r')).toEqual(lf)
    }), { numRuns: 1500 })
  })
})
