// The identity that groups variants of one agent: the `name` where the tool uses it, else the
// file name without its extensions.

import type { AgentFormat } from '../model'

const NAMED_FORMATS: ReadonlySet<AgentFormat> = new Set(['claude-agent', 'claude-skill', 'gemini-agent', 'generic'])
const EXTENSIONS = ['.agent.md', '.chatmode.md', '.prompt.md', '.instructions.md', '.mdc', '.md', '.markdown']

/** `"Backend_Architect "` -> `backend-architect`: lowercase, quotes dropped, spaces and underscores to hyphens. */
export function normaliseIdentity(s: string): string {
  let out = ''
  for (const ch of s.trim().toLowerCase()) {
    if (ch === '"' || ch === "'" || ch === '`') continue
    if (ch === ' ' || ch === '_' || ch === '\t' || ch === '-') {
      if (out.length > 0 && !out.endsWith('-')) out += '-'
    } else out += ch
  }
  return out.endsWith('-') ? out.slice(0, -1) : out
}

export function identityOf(format: AgentFormat, name: string | null, path: string): string {
  if (name !== null && NAMED_FORMATS.has(format)) {
    const fromName = normaliseIdentity(name)
    if (fromName.length > 0) return fromName
  }
  return normaliseIdentity(fileStem(path))
}

/** File name without extensions; for `SKILL.md` the folder that holds it. */
export function fileStem(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/').filter((p) => p.length > 0)
  const base = parts[parts.length - 1] ?? ''
  if (base.toLowerCase() === 'skill.md' && parts.length > 1) return parts[parts.length - 2]!
  const lower = base.toLowerCase()
  for (const ext of EXTENSIONS) if (lower.endsWith(ext) && lower.length > ext.length) return base.slice(0, -ext.length)
  return base
}
