import { describe, expect, it } from 'vitest'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import { withEdit, withRedo, withUndo, type RecipeHistory } from './history'

const recipe = (n: number): Recipe => ({ version: 1, sources: [], keys: [], rows: [], eol: n % 2 ? '\n' : '\r\n' })

describe('recipe history', () => {
  it('undoes and redoes edits in order', () => {
    const [a, b, c] = [recipe(1), recipe(2), recipe(3)]
    let h: RecipeHistory = { recipe: a, undoStack: [], redoStack: [] }
    h = withEdit(h, b, true)
    h = withEdit(h, c, true)
    expect(h.undoStack).toEqual([a, b])
    const u1 = withUndo(h)
    expect(u1.recipe).toBe(b)
    const u2 = withUndo(u1)
    expect(u2.recipe).toBe(a)
    expect(withUndo(u2)).toBe(u2)
    const r1 = withRedo(u2)
    expect(r1.recipe).toBe(b)
    expect(withRedo(r1).recipe).toBe(c)
  })

  it('a new edit clears the redo stack; a non-undoable edit leaves the stacks alone', () => {
    const [a, b, c, d] = [recipe(1), recipe(2), recipe(3), recipe(4)]
    const h = withUndo(withEdit({ recipe: a, undoStack: [], redoStack: [] }, b, true))
    expect(h.redoStack).toEqual([b])
    const edited = withEdit(h, c, true)
    expect(edited.redoStack).toEqual([])
    const silent = withEdit(edited, d, false)
    expect(silent.recipe).toBe(d)
    expect(silent.undoStack).toBe(edited.undoStack)
  })
})
