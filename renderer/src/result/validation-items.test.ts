import { describe, expect, it } from 'vitest'
import type { Alignment } from '../../../shared/engine/alignment-model'
import type { MergeResult } from '../../../shared/engine/recipe/recipe-model'
import { validationItems } from './validation-items'

const alignment = {
  variantCount: 2,
  keys: [],
  rows: [{ id: 'api', title: 'API Design', level: 2, parentId: null, cells: [0, 1], status: { kind: 'same' }, reference: 0 }],
} as unknown as Alignment

describe('validationItems', () => {
  it('lists errors first, then undecided rows and keys with where to jump, without the engine copies', () => {
    const result: MergeResult = {
      text: '',
      origins: [],
      undecidedRows: ['api'],
      undecidedKeys: ['color'],
      diagnostics: [
        { severity: 'warning', code: 'undecided-row', message: 'No choice made yet for the section "API Design"', line: 3 },
        { severity: 'warning', code: 'undecided-key', message: 'No choice made yet for the key "color"', line: 1 },
        { severity: 'error', code: 'missing-key', message: 'description is required', line: 1 },
      ],
    }
    const items = validationItems(result, alignment)
    expect(items.map((i) => [i.severity, i.message, i.line, i.target])).toEqual([
      ['error', 'description is required', 1, null],
      ['warning', 'Frontmatter key “color” is undecided: pick a variant or omit it', null, { kind: 'key', key: 'color' }],
      ['warning', 'Section “API Design” is undecided: pick a variant or omit it', null, { kind: 'section', row: 'api' }],
    ])
  })
})
