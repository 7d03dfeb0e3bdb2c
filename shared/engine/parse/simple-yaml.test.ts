// The fast reader must agree with the strict YAML reader wherever it answers.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readSimpleYaml } from './simple-yaml'
import { readStrictYamlFull } from './strict-yaml'

/** A GitHub Copilot agent with an MCP server (test-fixtures/corpus, awesome-copilot). */
const MONDAY = `name: Monday Bug Context Fixer
description: Elite bug-fixing agent that enriches task context from Monday.com platform data. Gathers related items, docs, comments, epics, and requirements to deliver production-quality fixes with comprehensive PRs.
tools: ['*']
mcp-servers:
  monday-api-mcp:
    type: http
    url: "https://mcp.monday.com/mcp"
    headers: {"Authorization": "Bearer $MONDAY_TOKEN"}
    tools: ['*']
`

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
    MONDAY,
    'a:\n  b:\n    c: d\n    e:\n      f: [x, y]\n      g: {h: i}\n  j: k\nl: m\n',
    'a:\n  b:\n  c: d\n', 'a:\n  b:\n', 'a:\n  b:\nc: d\n', 'a:\n  b:\n      c: d\n  e: f\n',
    'a:\n  b:\n    - x\n    - y\n  c:\n  - z\n  d:\n   - "w"\ne:\n- v\n',
    'a:\n  b:\n# note\n\n    c: d\n  e:\n# note\n  - x\n# note\n  - y\n',
    'headers: {}\nb: { }\nc:\n  d: {}\n',
    "h: {a: 1, \"X-Api-Key\": 'v', 'c d.e/f': \"Bearer $T\", e: true, f: null, constructor: x}\n",
    'a: {a: a}\nb:\n  b:\n    b: {b: b}\n',
  ])('%j agrees with yaml', (source) => {
    expect(readSimpleYaml(source)).not.toBeNull()
    agree(source)
  })

  it.each(['a: "x\\\\"y"\n', 'a: "x\\"\n', 'a: "\\"\\q"\n', 'a:\na: b\n', 'ON: x\n', 'Yes: x\n', 'TRUE: x\n', 'fAlSe: x\n', 'Off: x\n', 'N: x\n', 'y: x\n', 'nO: x\n', 'NULL: x\n', 'a: b\rc: d\n', 'a: b\r', 'a: b\r\r\n', 'a: x\u0085\n', 'a: \ufeffx\n', '\u00a0\na: b\n', 'tools: *\n', 'globs: **/*.ts\n', 'd: a: b\n', 'a: 1\na: 2\n', 'a: "x\\u0041"\n',
    'a:\n  b: c\n    d: e\n', 'a:\n    b: c\n  d: e\n', 'a:\n  b: c\n- x\n', 'a:\n- x\n  b: c\n', 'a:\n  b: c\n  b: d\n',
    'a:\n  b: c\n   more\n', 'a:\n  b\n', ' a: b\n', 'a:\n  __proto__: x\n', 'a:\n  yes: x\n', 'a:\n  b: *x\n', 'a:\n  b:c\n', 'a: "x\\\n', 'a: .5\n', 'a: -1\n', '', '# only\n', 'a:\tb\n', 'null: x\n', 'a: b #c\n',
    `${'k'.repeat(1030)}: x\n`, // yaml: implicit keys end at 1024 characters
    // yaml rejects these: a column matching no open map (BAD_INDENT), a list item where a key
    // must be, text after a flow map or an unclosed one, duplicate keys at depth or in a flow map.
    'a:\n  b:\n    c: d\n   e: f\n', 'a:\n  b: c\n d: e\n', 'a:\n  b:\n    c: d\n  e:\n     f: g\n    h: i\n', 'a:\n  b:\n    - x\n    c: d\n', 'a:\n  b:\n    - x\n  - y\n', 'a: {}\n  b: c\n',
    'a:\n  b:\n    c: d\n    c: e\n', 'h: {a: 1, a: 2}\n', 'h: {a: 1, "a": 2}\n', "h: {'a': 1, a: 2}\n", 'h: {,}\n', 'h: {a: b: c}\n', 'h: {a: b}}\n', 'h: {a: b\n', 'h: {a: b, c: d}x\n',
    // yaml reads these, outside the subset: a list item's continuation line ("x - y"), an indented
    // comment, nested flow collections, keys without `: ` (`{a:b}` is the key `a:b`, `{a}` a null),
    // a trailing comma, keys with spaces, escapes, commas or nothing, keys JS or YAML 1.1 treat
    // specially, a comment after the `}`, values the simple scalars leave out.
    'a:\n  - x\n   - y\n', 'a:\n  b:\n  # indented comment\n    d: e\n', 'a:\n  b:\n    __proto__: x\n', 'a:\n  b:\n    on: x\n',
    'h: {a: {b: c}}\n', 'h: {a: [b]}\n', 'h: [{a: b}]\n', 'h: {a:b}\n', 'h: {"a":b}\n', 'h: {a}\n', 'h: {a: }\n', 'h: {a: b, c}\n', 'h: {a : b}\n', 'h: {a: b,}\n',
    'h: {a b: c}\n', 'h: {"a\\"b": c}\n', "h: {'a''b': c}\n", 'h: {"x, y": a}\n', 'h: {a: "x, y"}\n', 'h: {a: "{x}"}\n', 'h: {"": a}\n', 'h: {"1": x}\n', 'h: {"__proto__": x}\n', 'h: {yes: x}\n', 'h: {"Off": x}\n',
    'h: {a: b} # c\n', 'h: {a: -1}\n'])(
    '%j is left to the full reader',
    (source) => {
      expect(readSimpleYaml(source)).toBeNull()
    },
  )

  it('reads keys of up to 999 characters and plain values with `#` not after a space; leaves longer keys and ` #` to yaml', () => {
    const longest = `k${'e'.repeat(998)}`
    expect(readSimpleYaml(`${longest}: v\n`)).toEqual({ [longest]: 'v' })
    expect(readSimpleYaml(`${longest}e: v\n`)).toBeNull()
    expect(readSimpleYaml('a: C# and F#\nb: x#y #z\n')).toBeNull()
    expect(readSimpleYaml('a: C#, F#\nyesno: nope\nNo_: x\n')).toEqual({ a: 'C#, F#', yesno: 'nope', No_: 'x' })
    for (const source of [`${longest}: v\n`, 'a: C#, F#\nyesno: nope\nNo_: x\n']) agree(source)
  })

  it('agrees with yaml on generated simple frontmatter', () => {
    const atom = fc.constantFrom('Read', 'a b', 'x:y', "it's", 'true', 'True', 'FALSE', 'null', 'Null', 'No', 'on', '0', '010', '1.50', '3.', 'a#b', 'a #b', '[x]', 'é', 'a\\n', 'a"b', 'q\\"x', 'e\\\\', 't\\tx', 'u\\u00e9', 'z\\',  "a''b", ' pad ', 'x,y', '{a}', '~', '-', '- a', '* x', 'a\u00a0', '\u00a0b', 'c\u0085d', 'e\tf', 'g\rh', 'i\u2028j', '😀', '\ud83d', 'k\u007f', '\ufeffl')
    const value = fc.oneof(
      atom,
      atom.map((a) => `"${a}"`),
      atom.map((a) => `'${a}'`),
      fc.array(atom, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
      fc.array(fc.tuple(fc.constantFrom('a', '"a"', "'a'", 'b c', '"b c"', 'on', '"x:y"', '"1"', "'it''s'"), atom), { maxLength: 3 }).map((xs) => `{${xs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    )
    const key = fc.constantFrom('name', 'description', 'tools', 'model', 'allowed-tools', 'max_turns', 'x1', 'True', 'on')
    const line = fc.oneof(
      fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, fc.array(value, { minLength: 0, maxLength: 3 }), fc.constantFrom('', '  ', '    ')).map(([k, items, indent]) => [`${k}:`, ...items.map((i) => `${indent}- ${i}`)].join('\n')),
      fc.tuple(key, fc.array(fc.tuple(fc.constantFrom(' ', '  ', '    '), key, value), { minLength: 1, maxLength: 3 })).map(([k, entries]) => [`${k}:`, ...entries.map(([indent, sub, v]) => `${indent}${sub}: ${v}`)].join('\n')),
      fc.constantFrom('', '# comment', '  ', '  # indented comment', '  more text', '    deeper: x', '  - item', '  nested:', '      deepest: {a: b}', '   odd: 1', '    - item'),
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

  // Blocks nested up to three maps deep (as Copilot's `mcp-servers:`), with block lists, null
  // keys and flow maps at any depth: well-formed by construction, each map at its own column.
  /** Writes one entry, its key at `column`. */
  type Entry = (key: string, column: string) => string[]
  const atom = fc.constantFrom('http', 'a b', 'deny', 'true', 'Null', '0', '1.5', '"https://x.y/mcp"', '"Bearer $TOKEN"', "'*'", "'it''s'", '"x: y"', 'é')
  const flowKey = fc.constantFrom('a', 'type', 'x-y', 'constructor', '"Authorization"', "'X-Api-Key'", '"a b"', "'c.d/e'")
  const unquote = (k: string): string => k.replace(/^["']|["']$/g, '')
  const flowMap = fc.uniqueArray(fc.tuple(flowKey, atom), { maxLength: 3, selector: ([k]) => unquote(k) }).map((kvs) => `{${kvs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`)
  const value = fc.oneof({ weight: 3, arbitrary: atom }, fc.array(atom, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`), flowMap)
  const keyName = fc.constantFrom('mcp-servers', 'server', 'type', 'url', 'headers', 'tools', 'env', 'args', 'x_1', 'constructor')
  const scalarEntry = value.map((v): Entry => (k, column) => [`${column}${k}: ${v}`])
  const nullEntry = fc.constant<Entry>((k, column) => [`${column}${k}:`])
  // Items at the key's column or deeper.
  const listEntry = fc.tuple(fc.array(atom, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' ', '  ')).map(
    ([items, deeper]): Entry => (k, column) => [`${column}${k}:`, ...items.map((item) => `${column}${deeper}- ${item}`)],
  )
  const mapEntry = (depth: number): fc.Arbitrary<Entry> => {
    const inner = depth > 1 ? fc.oneof(scalarEntry, listEntry, nullEntry, mapEntry(depth - 1)) : fc.oneof(scalarEntry, listEntry, nullEntry)
    return fc.tuple(fc.constantFrom(' ', '  ', '    '), fc.uniqueArray(fc.tuple(keyName, inner), { minLength: 1, maxLength: 3, selector: ([k]) => k })).map(
      ([step, entries]): Entry => (k, column) => [`${column}${k}:`, ...entries.flatMap(([sub, write]) => write(sub, column + step))],
    )
  }
  const document = fc.uniqueArray(fc.tuple(keyName, fc.oneof(scalarEntry, listEntry, { weight: 2, arbitrary: mapEntry(3) })), { minLength: 1, maxLength: 4, selector: ([k]) => k })
    .map((entries) => entries.flatMap(([k, write]) => write(k, '')))
  // Blank lines and comments at column 0 may go anywhere.
  const filler = fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '   ', '# note')), { maxLength: 2 })
  const withFiller = (lines: string[], extra: [number, string][]): string[] => {
    const out = [...lines]
    for (const [at, line] of extra) out.splice(at % (out.length + 1), 0, line)
    return out
  }

  it('agrees with yaml on generated deeper blocks (maps 2-3 deep, lists under nested keys, flow maps), and answers for most', () => {
    /** How many maps deep `v` goes (a block with a nested map is 2, one more level is 3). */
    const mapDepth = (v: unknown): number =>
      Array.isArray(v) || v === null || typeof v !== 'object' ? 0 : 1 + Math.max(0, ...Object.values(v).map(mapDepth))
    let answered = 0
    let deep = 0
    fc.assert(
      fc.property(document, filler, fc.constantFrom('\n', '\r\n'), (lines, extra, eol) => {
        const source = withFiller(lines, extra).join(eol) + eol
        const simple = readSimpleYaml(source)
        if (simple !== null) answered++
        if (mapDepth(simple) >= 3) deep++
        agree(source)
      }),
      { numRuns: 1500 },
    )
    // Only 'é' (a non-ASCII first character) leaves the subset: most blocks must be answered,
    // many of them with maps inside maps (guards that the property exercises the new paths).
    expect(answered).toBeGreaterThan(800)
    expect(deep).toBeGreaterThan(250)
  })

  it('agrees with yaml on deeper blocks with one line re-indented, duplicated, dropped or made a list item', () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom('indent', 'outdent', 'indent2', 'duplicate', 'drop', 'item'))
    const apply = (lines: string[], [at, kind]: [number, string]): string[] => {
      const out = [...lines]
      const i = at % out.length
      const line = out[i]!
      if (kind === 'indent') out[i] = ` ${line}`
      else if (kind === 'indent2') out[i] = `  ${line}`
      else if (kind === 'outdent') out[i] = line.replace(/^ /, '')
      else if (kind === 'duplicate') out.splice(i, 0, line)
      else if (kind === 'drop') out.splice(i, 1)
      else out[i] = line.replace(/^( *)/, '$1- ')
      return out
    }
    fc.assert(
      fc.property(document, edit, filler, (lines, e, extra) => agree(withFiller(apply(lines, e), extra).join('\n') + '\n')),
      { numRuns: 2000 },
    )
  })
})
