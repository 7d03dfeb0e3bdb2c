// The fast reader must agree with the strict YAML reader wherever it answers.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readSimpleYaml } from './simple-yaml'
import { readStrictYamlFull } from './strict-yaml'

/** Values as plain nested arrays: key order and plain-object prototypes count, and a key named
 *  `constructor` cannot confuse the matcher's own type check. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? ['array', v.map(canonical)]
  : v !== null && typeof v === 'object' ? ['object', Object.getPrototypeOf(v) === Object.prototype, Object.entries(v).map(([k, x]) => [k, canonical(x)])]
  : v

const agree = (source: string): void => {
  const simple = readSimpleYaml(source)
  if (simple === null) return
  const full = readStrictYamlFull(source)
  expect(full.ok, source).toBe(true)
  if (full.ok) expect(canonical(simple), source).toStrictEqual(canonical(full.value))
}

describe('readSimpleYaml', () => {
  it.each([
    'name: code-reviewer\ndescription: Reviews code\n',
    'tools: [Read, Grep, "Bash"]\nmodel: sonnet\n',
    "description: 'it''s here'\n",
    'description: "a: b # c"\n',
    'tools:\n  - Read\n  - Write\nalwaysApply: false\n',
    'tools:\n- Read\ncolor:\n',
    'temperature: 0.2\nmaxTurns: 010\n',
    'a: True\nb: NULL\nc: tRue\nd: yes\n',
    'a: x\r\nb: y\r\n',
    'description: "line one\\nline \\"two\\" \\\\ end\\t"\n',
    'a: "\\"quoted\\" first, \\\\\\" then"\nb: "\\\\"\n',
    'constructor: x\ntoString: y\nhasOwnProperty: z\n',
    'a:\n  b: c\n',
    'tools:\n  write: false\n  bash: true\n\n  webfetch: "yes"\npermission:\n    edit: deny\n    list: [a, b]\nmode: subagent\n',
    'a:\n b: 1\n c: x y\n',
    'a:\n  constructor: x\n  toString: 2\n',
  ])('%j agrees with yaml', (source) => {
    expect(readSimpleYaml(source)).not.toBeNull()
    agree(source)
  })

  it.each(['a: "x\\\\"y"\n', 'a: "x\\"\n', 'a: "\\"\\q"\n', 'a:\na: b\n', 'ON: x\n', 'Yes: x\n', 'a: b\rc: d\n', 'a: b\r', 'a: b\r\r\n', 'a: x\u0085\n', 'a: \ufeffx\n', '\u00a0\na: b\n', 'tools: *\n', 'globs: **/*.ts\n', 'd: a: b\n', 'a: 1\na: 2\n', 'a: "x\\u0041"\n',
    'a:\n  b:\n    c: d\n', 'a:\n  b:\n  c: d\n', 'a:\n  b: c\n    d: e\n', 'a:\n    b: c\n  d: e\n', 'a:\n  b: c\n- x\n', 'a:\n- x\n  b: c\n', 'a:\n  b: c\n  b: d\n',
    'a:\n  b: c\n   more\n', 'a:\n  b\n', ' a: b\n', 'a:\n  __proto__: x\n', 'a:\n  yes: x\n', 'a:\n  b: *x\n', 'a:\n  b:c\n', 'a: "x\\\n', 'a: .5\n', 'a: -1\n', '', '# only\n', 'a:\tb\n', 'null: x\n', 'a: b #c\n'])(
    '%j is left to the full reader',
    (source) => {
      expect(readSimpleYaml(source)).toBeNull()
    },
  )

  it('agrees with yaml on generated simple frontmatter', () => {
    const atom = fc.constantFrom('Read', 'a b', 'x:y', "it's", 'true', 'True', 'FALSE', 'null', 'Null', 'No', 'on', '0', '010', '1.50', '3.', 'a#b', 'a #b', '[x]', 'é', 'a\\n', 'a"b', 'q\\"x', 'e\\\\', 't\\tx', 'u\\u00e9', 'z\\',  "a''b", ' pad ', 'x,y', '{a}', '~', '-', '- a', '* x', 'a\u00a0', '\u00a0b', 'c\u0085d', 'e\tf', 'g\rh', 'i\u2028j', '😀', '\ud83d', 'k\u007f', '\ufeffl')
    const value = fc.oneof(
      atom,
      atom.map((a) => `"${a}"`),
      atom.map((a) => `'${a}'`),
      fc.array(atom, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
    )
    const key = fc.constantFrom('name', 'description', 'tools', 'model', 'allowed-tools', 'max_turns', 'x1', 'True', 'on')
    const line = fc.oneof(
      fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, fc.array(value, { minLength: 0, maxLength: 3 }), fc.constantFrom('', '  ', '    ')).map(([k, items, indent]) => [`${k}:`, ...items.map((i) => `${indent}- ${i}`)].join('\n')),
      fc.tuple(key, fc.array(fc.tuple(fc.constantFrom(' ', '  ', '    '), key, value), { minLength: 1, maxLength: 3 })).map(([k, entries]) => [`${k}:`, ...entries.map(([indent, sub, v]) => `${indent}${sub}: ${v}`)].join('\n')),
      fc.constantFrom('', '# comment', '  ', '  # indented comment', '  more text', '    deeper: x', '  - item'),
    )
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => agree(lines.join(eol) + eol)), { numRuns: 3000 })
  })
  it('agrees with yaml on generated nested maps (OpenCode tools: / permission: blocks), and answers for them', () => {
    const atom = fc.constantFrom('Read', 'a b', 'allow', 'deny', 'true', 'False', 'null', '0', '12', '1.5', '"x: y"', "'it''s'", '[a, b]', '[]', 'é', '😀', 'a\u00a0')
    const keyName = fc.constantFrom('tools', 'permission', 'write', 'edit', 'bash', 'webfetch', 'mode', 'model', 'x_1', 'a-b', 'constructor', 'toString')
    const entry = fc.oneof(
      atom.map((v) => (k: string) => `${k}: ${v}`),
      fc.tuple(fc.constantFrom(' ', '  ', '    '), fc.uniqueArray(fc.tuple(keyName, atom), { minLength: 1, maxLength: 4, selector: ([k]) => k }), fc.boolean())
        .map(([indent, subs, blank]) => (k: string) => [`${k}:`, ...subs.map(([sub, v], i) => `${blank && i === 1 ? '\n' : ''}${indent}${sub}: ${v}`)].join('\n')),
    )
    let answered = 0
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(keyName, entry), { minLength: 1, maxLength: 5, selector: ([k]) => k }), fc.constantFrom('\n', '\r\n'), (entries, eol) => {
        const source = entries.map(([k, make]) => make(k)).join('\n').split('\n').join(eol) + eol
        if (readSimpleYaml(source) !== null) answered++
        agree(source)
      }),
      { numRuns: 1000 },
    )
    // Unique keys, one indent per map: only values starting with a non-ASCII character ('é', emoji)
    // leave the subset, so most blocks must be answered (a guard that the property tests something).
    expect(answered).toBeGreaterThan(400)
  })
})
