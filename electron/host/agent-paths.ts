// Which folders the scanner enters and which files it takes as agent definitions.

/** Hidden folders that hold agent files, and inside each the subfolders that do. Files placed
 *  directly in them (`.github/copilot-instructions.md`, `.claude/CLAUDE.md`) are not agents. */
const HIDDEN_AGENT_PARENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['.claude', new Set(['agents', 'commands', 'skills'])],
  ['.github', new Set(['agents', 'chatmodes'])],
  ['.cursor', new Set(['rules'])],
  ['.opencode', new Set(['agent', 'agents'])],
  ['.gemini', new Set(['agents'])],
])

const ALWAYS_SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '__pycache__'])

/** Repository documents, not agents. */
const DOC_FILE_STEMS: ReadonlySet<string> = new Set([
  'readme', 'changelog', 'license', 'licence', 'contributing', 'code_of_conduct', 'code-of-conduct', 'security',
])

/** How a folder is entered: 'any' folder below is scanned; 'agent-parent' is a hidden folder
 *  like `.claude` where only its agent subfolders are. */
export type FolderMode = 'any' | 'agent-parent'

export function folderModeOfRoot(name: string): FolderMode {
  return HIDDEN_AGENT_PARENTS.has(name) ? 'agent-parent' : 'any'
}

/** The mode to enter a child folder with, or null to skip it. */
export function childFolderMode(parentMode: FolderMode, parentName: string, childName: string): FolderMode | null {
  if (parentMode === 'agent-parent') {
    return HIDDEN_AGENT_PARENTS.get(parentName)?.has(childName) ? 'any' : null
  }
  if (ALWAYS_SKIPPED_FOLDERS.has(childName)) return null
  if (childName.startsWith('.')) return HIDDEN_AGENT_PARENTS.has(childName) ? 'agent-parent' : null
  return 'any'
}

/** `*.md` and `*.mdc` (which covers SKILL.md, `*.agent.md`, `*.chatmode.md`), minus repo docs. */
export function isAgentFileName(name: string, parentMode: FolderMode): boolean {
  if (parentMode === 'agent-parent') return false
  if (name.startsWith('.')) return false
  const lower = name.toLowerCase()
  const extension = lower.endsWith('.mdc') ? '.mdc' : lower.endsWith('.md') ? '.md' : null
  if (extension === null) return false
  const stem = lower.slice(0, -extension.length)
  return !DOC_FILE_STEMS.has(stem)
}
