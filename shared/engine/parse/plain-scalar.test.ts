import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldPlainScalar, keyForMessage, quoteYamlString } from './plain-scalar'
import { readStrictYamlFull } from './strict-yaml'

describe('foldPlainScalar', () => {
  it.each([
    [' one line', [], 'one line'],
    [' a: b', ['  c', '', '  d'], 'a: b c\nd'],
    [' a', ['', '', '  b'], 'a\n\nb'],
    [' keeps \\n literally', [], 'keeps \\n literally'],
    [' hit #1 on: the store', [], 'hit #1 on: the store'],
    [' a', ['  # a heading line', ''], 'a # a heading line'],
    [' a#b', [], 'a#b'],
    [' ', ['  b'], 'b'],
  ])('%j + %j -> %j', (first, rest, expected) => {
    expect(foldPlainScalar(first, rest)).toBe(expected)
  })

  it('reads `#` as text wherever it is (the values it folds have no YAML reading)', () => {
    expect(foldPlainScalar(' a # c', ['  more'])).toBe('a # c more')
    expect(foldPlainScalar(' a', ['  # Output Format', '', '  more'])).toBe('a # Output Format\nmore')
  })

  it('matches what YAML reads when the folded lines are valid YAML', () => {
    const first = ' plain words'
    const rest = ['  continue here', '', '  and here  ']
    const yaml = readStrictYamlFull(`k:${first}\n${rest.join('\n')}\n`)
    expect(yaml.ok && (yaml.value as { k: string }).k).toBe(foldPlainScalar(first, rest))
  })
})

describe('quoteYamlString', () => {
  it.each(['plain', 'a "quoted" \\ back', 'line\nbreak\ttab\r', '\u0000\u0085\ufeff', '😀 é', '\ud800 lone'])('%j round-trips through YAML', (value) => {
    const yaml = readStrictYamlFull(`k: ${quoteYamlString(value)}\n`)
    expect(yaml.ok && (yaml.value as { k: string }).k).toBe(value)
  })

  it('round-trips any string through YAML (controls, quotes, backslashes, lone surrogates)', () => {
    const unit = fc.oneof(fc.constantFrom('"', '\\', '\n', '\t', '\r', '\u0000', '\u007f', '\u0085', '\ufeff', '\ud83d', '\ude00', '\ufffe', '\uffff', ' ', 'a', 'é'), fc.string({ unit: 'binary-ascii', maxLength: 1 }))
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (value) => {
      const yaml = readStrictYamlFull(`k: ${quoteYamlString(value)}\n`)
      expect(yaml.ok && (yaml.value as { k: string }).k).toBe(value)
    }), { numRuns: 2000 })
  })
})

describe('keyForMessage', () => {
  it.each([['name', 'name'], ['a "b" \\c', 'a "b" \\c'], ['😀 é', '😀 é'], ['a\tb', '"a\\tb"'], ['\u0085x', '"\\u0085x"'], ['\ud800', '"\\ud800"']])('%j -> %s', (key, shown) => {
    expect(keyForMessage(key)).toBe(shown)
  })
})
