// Pure undo/redo over recipes: every pick pushes the previous recipe; a new edit clears redo.
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'

export interface RecipeHistory {
  readonly recipe: Recipe | null
  readonly undoStack: readonly Recipe[]
  readonly redoStack: readonly Recipe[]
}

const MAX_UNDO = 500

export function withEdit(h: RecipeHistory, next: Recipe, undoable: boolean): RecipeHistory {
  if (next === h.recipe) return h
  if (!undoable || !h.recipe) return { recipe: next, undoStack: h.undoStack, redoStack: h.redoStack }
  return { recipe: next, undoStack: [...h.undoStack.slice(-(MAX_UNDO - 1)), h.recipe], redoStack: [] }
}

export function withUndo(h: RecipeHistory): RecipeHistory {
  const prev = h.undoStack[h.undoStack.length - 1]
  if (!prev || !h.recipe) return h
  return { recipe: prev, undoStack: h.undoStack.slice(0, -1), redoStack: [...h.redoStack, h.recipe] }
}

export function withRedo(h: RecipeHistory): RecipeHistory {
  const next = h.redoStack[h.redoStack.length - 1]
  if (!next || !h.recipe) return h
  return { recipe: next, undoStack: [...h.undoStack, h.recipe], redoStack: h.redoStack.slice(0, -1) }
}
