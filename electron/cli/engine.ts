// The engine functions the CLI uses, gathered in one place (one file to adjust if they move).

export { listDocument, parseDocument, parseUnhashed, tooComplexDiagnostic, type DocumentListing } from '../../shared/engine/parse/parse-document'
export { lintDocument } from '../../shared/engine/lint/lint-document'
export { alignRows, alignVariants } from '../../shared/engine/align/align-variants'
export { diffWords, workBudget, type WorkBudget } from '../../shared/engine/diff/word-diff'
export { defaultRecipe } from '../../shared/engine/recipe/default-recipe'
export { applyRecipe } from '../../shared/engine/recipe/apply-recipe'
export { takeAllFrom } from '../../shared/engine/recipe/recipe-edits'
export { parseRecipeJson, variantRangeErrors } from '../../shared/engine/recipe/validate-recipe'
export { createTokenVocabulary, groupDocuments, groupInputFromDocument, groupPrepared, prepareGroupInput } from '../../shared/engine/group'
