// Public surface of consolidation: proposals, renames, live copies, duplicate names, saved decisions.
export { proposeMerge } from './propose-merge'
export { suggestRenames, renamedPath, isValidAgentName, toAgentName, MAX_NAME_LENGTH, type RenameInput } from './suggest-renames'
export { liveCopies, findDuplicateNames, toolFolderOf, type LiveOptions } from './live-copy'
export { PERMISSION_KEYS } from './propose-keys'
export * from './saved-decision'
export * from './consolidate-model'
export { planGroup, renamePlan, renamedText, type GroupPlan, type PlanInput, type WrittenFile } from './plan-group'
export { duplicateGroups, type DuplicateGroup } from './duplicate-groups'
