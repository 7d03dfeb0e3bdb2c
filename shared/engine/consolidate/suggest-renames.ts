// Unique names for the variants of a group kept as different agents: each name gets a prefix
// from the variant's folder or collection (`plugins/api-scaffolding/agents/backend-architect.md`
// -> `api-scaffolding-backend-architect`). Names follow Claude's rules: lowercase letters,
// digits and hyphens, at most 64 characters.

import { forwardSlashes } from '../forward-slashes'
import { fileStem, normaliseIdentity } from '../parse/identity'
import type { RenameSuggestion } from './consolidate-model'

export const MAX_NAME_LENGTH = 64
const VALID_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Folder names that say nothing about which collection or topic a file is from. */
const GENERIC_FOLDERS: ReadonlySet<string> = new Set([
  'agents', 'agent', 'subagents', 'sub-agents', 'categories', 'category', 'plugins', 'plugin', 'components', 'src', 'rules', 'chatmodes',
  'commands', 'skills', 'prompts', 'claude', 'cursor', 'github', 'opencode', 'gemini', 'cli-tool', 'docs', 'examples', 'templates', 'lib', 'packages',
])

export function isValidAgentName(name: string): boolean {
  return name.length <= MAX_NAME_LENGTH && VALID_NAME.test(name)
}

/** `My Agent_v2!` -> `my-agent-v2`: lowercase letters, digits and single hyphens. */
export function toAgentName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export interface RenameInput {
  readonly path: string
  /** The name the file defines now (its `name`, else the engine's identity). */
  readonly name: string
}

/** @param taken names already defined elsewhere in the library (a suggestion never takes one) */
export function suggestRenames(files: readonly RenameInput[], taken: ReadonlySet<string> = new Set()): RenameSuggestion[] {
  const used = new Set(taken)
  const candidates = files.map((file) => prefixes(file.path))
  // Per file, the nearest folder that gives a name not used yet (by the library or an earlier
  // variant); failing that, a number.
  const out: RenameSuggestion[] = []
  files.forEach((file, variant) => {
    const base = toAgentName(file.name) || 'agent'
    let chosen: { name: string; from: string } | null = null
    for (const prefix of candidates[variant]!) {
      if (containsWords(base, prefix)) continue
      const name = clip(`${prefix}-${base}`)
      if (!used.has(name)) {
        chosen = { name, from: prefix }
        break
      }
    }
    if (chosen === null) {
      const from = candidates[variant]![0] ?? 'variant'
      const stem = clip(containsWords(base, from) ? base : `${from}-${base}`)
      let n = variant + 1
      let name = clip(`${stem}-${n}`)
      while (used.has(name)) name = clip(`${stem}-${++n}`)
      chosen = { name, from }
    }
    used.add(chosen.name)
    out.push({ variant, path: file.path, oldName: file.name, newName: chosen.name, from: chosen.from, ...renamedPath(file.path, file.name, chosen.name) })
  })
  return out
}

/** Prefix candidates from the file's folders, nearest first, generic folder names skipped:
 *  `05-data-ai` -> `data-ai`, `wshobson__agents` -> `wshobson`. */
function prefixes(path: string): string[] {
  const parts = forwardSlashes(path).split('/').filter((p) => p !== '' && p !== '.')
  parts.pop() // the file
  if (fileStem(path) !== baseName(path).replace(/\.[^.]*$/, '') && parts.length > 0) parts.pop() // SKILL.md: its folder is the name
  const out: string[] = []
  for (const part of parts.reverse()) {
    const owner = part.includes('__') ? part.slice(0, part.indexOf('__')) : part
    const slug = toAgentName(owner.replace(/^[0-9]+[-_.]/, '').replace(/^\./, ''))
    if (slug === '' || GENERIC_FOLDERS.has(slug) || out.includes(slug) || /^[0-9-]+$/.test(slug)) continue
    out.push(slug)
    if (out.length === 4) break
  }
  return out
}

function containsWords(name: string, prefix: string): boolean {
  const words = new Set(name.split('-'))
  return prefix.split('-').every((w) => words.has(w))
}

function clip(name: string): string {
  return name.length <= MAX_NAME_LENGTH ? name : name.slice(0, MAX_NAME_LENGTH).replace(/-+$/, '')
}

function baseName(path: string): string {
  return path.slice(forwardSlashes(path).lastIndexOf('/') + 1)
}

/** The file (or a skill's folder) is renamed when it carries the old name, or its end: a file
 *  `debugger.md` named `debugging-toolkit-debugger` groups with every `debugger` by its file name
 *  (group/cluster-by-name), so a new `name` alone would leave it in the group. */
export function renamedPath(path: string, oldName: string, newName: string): { fileCarriesName: boolean; newPath: string } {
  const p = forwardSlashes(path)
  const file = baseName(p)
  const stem = fileStem(p)
  const [stemKey, nameKey] = [normaliseIdentity(stem), normaliseIdentity(oldName)]
  if (stemKey !== nameKey && !(stemKey !== '' && nameKey.endsWith(`-${stemKey}`))) return { fileCarriesName: false, newPath: path }
  if (file.toLowerCase() === 'skill.md') {
    const folderEnd = p.length - file.length - 1
    const folderStart = p.lastIndexOf('/', folderEnd - 1) + 1
    return { fileCarriesName: true, newPath: `${p.slice(0, folderStart)}${newName}${p.slice(folderEnd)}` }
  }
  return { fileCarriesName: true, newPath: `${p.slice(0, p.length - file.length)}${newName}${file.slice(stem.length)}` }
}
