import { describe, expect, it } from 'vitest'
import { listItemLines, withoutRepeatedItems } from './combine-body'

describe('withoutRepeatedItems', () => {
  it.each([
    ['drops items written before, keeps new ones', '- a\n- b\n', '\n- a\n- c\n- b\n', '\n- c\n'],
    ['compares items up to spacing', '-   a  b\n', '- a b\n- c\n', '- c\n'],
    ['keeps prose even when repeated', 'Intro line.\n- a\n', 'Intro line.\n- a\n', 'Intro line.\n'],
    ['keeps an item with indented lines below it', '- a\n', '- a\n  - detail\n- b\n', '- a\n  - detail\n- b\n'],
    ['keeps lines inside code fences', '- a\n', '```\n- a\n```\n- a\n', '```\n- a\n```\n'],
    ['keeps CRLF line endings', '- a\r\n', '- a\r\n- b\r\n', '- b\r\n'],
    ['numbered items count as items', '1. first\n', '1. first\n2. second\n', '2. second\n'],
  ])('%s', (_, written, body, expected) => {
    expect(withoutRepeatedItems(body, listItemLines(written))).toBe(expected)
  })
  it('remembers the items it kept for the next body', () => {
    const written = listItemLines('- a\n')
    expect(withoutRepeatedItems('- b\n', written)).toBe('- b\n')
    expect(withoutRepeatedItems('- a\n- b\n- c\n', written)).toBe('- c\n')
  })
})
