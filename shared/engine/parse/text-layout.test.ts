import { describe, expect, it } from 'vitest'
import { textLayout } from './text-layout'

describe('textLayout', () => {
  it.each([
    ['', { bom: false, eol: '\n', finalNewline: false }],
    ['a\nb', { bom: false, eol: '\n', finalNewline: false }],
    ['\uFEFFa\r\nb\r\n', { bom: true, eol: '\r\n', finalNewline: true }],
    ['a\r\nb\nc\n', { bom: false, eol: '\n', finalNewline: true }],
    ['a\r\nb\r\nc\n', { bom: false, eol: '\r\n', finalNewline: true }],
    ['a\rb\r', { bom: false, eol: '\n', finalNewline: true }],
  ])('%j', (text, expected) => {
    expect(textLayout(text)).toEqual(expected)
  })
})
