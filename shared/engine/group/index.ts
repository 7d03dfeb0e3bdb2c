// Public surface of grouping.
export { groupDocuments } from './group-documents'
export { acceptSuggestion } from './accept-suggestion'
export { groupInputFromDocument } from './group-input'
export type * from './group-model'
