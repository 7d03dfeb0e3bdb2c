// Public surface of grouping.
export { groupDocuments, groupPrepared } from './group-documents'
export { prepareGroupInput, type PreparedGroupInput } from './similarity-features'
export { acceptSuggestion } from './accept-suggestion'
export { groupInputFromDocument } from './group-input'
export type * from './group-model'
export { createTokenVocabulary, type TokenVocabulary } from './token-similarity'
