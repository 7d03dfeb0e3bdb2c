// Which copy of a name a tool loads today. Claude Code (and the other tools) identify an agent by
// its name: two files in one agents folder (subfolders included) that define it leave the choice
// to the file system's read order; across nested projects the closest folder wins; a project's
// folder wins over the user's (`~/.claude/agents`). Paths are '/'-separated strings (pure).

import { forwardSlashes } from '../forward-slashes'
import type { DuplicateName, LiveCopy, LiveReport, NamedFile, ToolFolder } from './consolidate-model'

/** Hidden folder, subfolder -> tool. */
const TOOL_FOLDERS: readonly (readonly [string, string, string])[] = [
  ['.claude', 'agents', 'claude-agents'],
  ['.claude', 'commands', 'claude-commands'],
  ['.claude', 'skills', 'claude-skills'],
  ['.opencode', 'agent', 'opencode-agents'],
  ['.opencode', 'agents', 'opencode-agents'],
  ['opencode', 'agent', 'opencode-agents'], // ~/.config/opencode/agent
  ['opencode', 'agents', 'opencode-agents'],
  ['.github', 'agents', 'copilot-agents'],
  ['.github', 'chatmodes', 'copilot-chatmodes'],
  ['.cursor', 'rules', 'cursor-rules'],
  ['.gemini', 'agents', 'gemini-agents'],
]

export interface LiveOptions {
  /** The user's home folder ('/'-separated), so `~/.claude/agents` is told from a project's. */
  readonly homeDir?: string
}

const trimSlash = (p: string): string => (p.length > 1 ? p.replace(/\/+$/, '') : p)

/** The tool folder a file sits in (the innermost), or null when no tool reads it from there. */
export function toolFolderOf(path: string, options: LiveOptions = {}): ToolFolder | null {
  const slashed = forwardSlashes(path)
  const parts = slashed.split('/')
  for (let i = parts.length - 3; i >= 0; i--) {
    const match = TOOL_FOLDERS.find(([hidden, sub]) => parts[i] === hidden && parts[i + 1] === sub)
    if (!match) continue
    if (match[0] === 'opencode' && parts[i - 1] !== '.config') continue
    const projectEnd = match[0] === 'opencode' ? i - 1 : i
    const project = parts.slice(0, projectEnd).join('/') || (slashed.startsWith('/') ? '/' : '.')
    const home = options.homeDir === undefined ? null : trimSlash(forwardSlashes(options.homeDir))
    return { tool: match[2], folder: parts.slice(0, i + 2).join('/'), project, user: home !== null && trimSlash(project) === home }
  }
  return null
}

function isAncestor(outer: ToolFolder, inner: ToolFolder): boolean {
  if (outer.user) return true
  const o = trimSlash(outer.project)
  return o === '.' || o === '/' || trimSlash(inner.project) === o || inner.project.startsWith(`${o}/`)
}

/** Per tool, which of a group's files is loaded now. */
export function liveCopies(paths: readonly string[], options: LiveOptions = {}): LiveReport {
  const byTool = new Map<string, { path: string; folder: ToolFolder }[]>()
  const notLoaded: string[] = []
  for (const path of paths) {
    const folder = toolFolderOf(path, options)
    if (folder === null) notLoaded.push(path)
    else byTool.set(folder.tool, [...(byTool.get(folder.tool) ?? []), { path, folder }])
  }
  const tools = [...byTool.entries()].map(([tool, files]) => liveFor(tool, files))
  return { tools, notLoaded, collision: tools.some((t) => t.collision) }
}

function liveFor(tool: string, files: readonly { path: string; folder: ToolFolder }[]): LiveCopy {
  const folders = new Map<string, { folder: ToolFolder; files: string[] }>()
  for (const f of files) {
    const entry = folders.get(f.folder.folder) ?? { folder: f.folder, files: [] }
    entry.files.push(f.path)
    folders.set(f.folder.folder, entry)
  }
  const all = files.map((f) => f.path)
  const collision = [...folders.values()].some((f) => f.files.length > 1)
  // Closest first: projects before the user's folder, deeper projects before their ancestors.
  const ordered = [...folders.values()].sort((a, b) => Number(a.folder.user) - Number(b.folder.user) || depth(b.folder.project) - depth(a.folder.project))
  const closest = ordered[0]!
  const oneChain = ordered.every((f) => isAncestor(f.folder, closest.folder))
  if (!oneChain) {
    return { tool, files: all, live: null, collision, explanation: `separate projects: each loads its own copy${collision ? '; in a folder with several, one of them by read order' : ''}` }
  }
  const shadowed = ordered.slice(1).flatMap((f) => f.files)
  const over = shadowed.length === 0 ? '' : `; it wins over ${shadowed.join(', ')} (${ordered[1]!.folder.user ? "a project's folder wins over the user's" : 'the closest folder wins'})`
  if (closest.files.length > 1) {
    return { tool, files: all, live: null, collision, explanation: `one of these, by read order: ${closest.files.join(', ')} (all in ${closest.folder.folder})${over}` }
  }
  const live = closest.files[0]!
  return { tool, files: all, live, collision, explanation: `${live} is loaded${over}` }
}

function depth(project: string): number {
  return trimSlash(project).split('/').length
}

/** Names defined by more than one file, each with the sets of files that collide inside one tool
 *  folder. Sorted by name. */
export function findDuplicateNames(files: readonly NamedFile[], options: LiveOptions = {}): DuplicateName[] {
  const byName = new Map<string, string[]>()
  for (const f of files) byName.set(f.name, [...(byName.get(f.name) ?? []), f.path])
  const out: DuplicateName[] = []
  for (const [name, paths] of byName) {
    if (paths.length < 2) continue
    const inFolder = new Map<string, { tool: string; files: string[] }>()
    for (const path of paths) {
      const folder = toolFolderOf(path, options)
      if (folder === null) continue
      const entry = inFolder.get(folder.folder) ?? { tool: folder.tool, files: [] }
      entry.files.push(path)
      inFolder.set(folder.folder, entry)
    }
    const collisions = [...inFolder.entries()].filter(([, e]) => e.files.length > 1).map(([folder, e]) => ({ folder, tool: e.tool, files: e.files }))
    out.push({ name, files: paths, collisions })
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
