// The identity that groups variants of one agent: the `name` where the tool uses it, else the
// file name without its extensions.

import { forwardSlashes } from '../forward-slashes'
import type { AgentFormat } from '../model'

const NAMED_FORMATS: ReadonlySet<AgentFormat> = new Set(['claude-agent', 'claude-skill', 'gemini-agent', 'generic'])
const ALREADY_NORMAL = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const EXTENSIONS = ['.agent.md', '.chatmode.md', '.prompt.md', '.instructions.md', '.mdc', '.md', '.markdown']

/** Any white space (the set `trim` removes: no-break and ideographic spaces, line breaks), `_` and `-`. */
const SEPARATOR = /^[\s_-]$/

/**
 * `"Backend_Architect "` -> `backend-architect`: lowercase, quotes dropped, every kind of space
 * and underscores to hyphens. Idempotent: a no-break space is a separator like any other, so it
 * cannot outlive one pass beside a dropped quote and be trimmed by the next.
 */
export function normaliseIdentity(s: string): string {
  if (ALREADY_NORMAL.test(s)) return s // most names and file stems: `backend-architect`
  // A run of separators becomes one hyphen, written when a character follows it (so none at the
  // ends). Never `out.endsWith`: on a string built by `+=` it copies the whole string each time,
  // which is quadratic in a long name.
  let out = ''
  let hyphen = false
  for (const ch of s.toLowerCase()) {
    if (ch === '"' || ch === "'" || ch === '`') continue
    if (SEPARATOR.test(ch)) {
      hyphen = out.length > 0
      continue
    }
    if (hyphen) out += '-'
    hyphen = false
    out += ch
  }
  return out
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
  // The last two non-empty parts of the path, without splitting all of it.
  const p = forwardSlashes(path)
  const [baseStart, baseEnd] = lastPart(p, p.length)
  const base = p.slice(baseStart, baseEnd)
  const lower = base.toLowerCase()
  if (lower === 'skill.md') {
    const [folderStart, folderEnd] = lastPart(p, baseStart)
    if (folderEnd > folderStart) return p.slice(folderStart, folderEnd)
  }
  for (const ext of EXTENSIONS) if (lower.endsWith(ext) && lower.length > ext.length) return base.slice(0, -ext.length)
  return base
}

/** Start and end of the last non-empty `/`-separated part of `p.slice(0, end)` ([0, 0] if none). */
function lastPart(p: string, end: number): [number, number] {
  while (end > 0 && p[end - 1] === '/') end--
  if (end === 0) return [0, 0]
  return [p.lastIndexOf('/', end - 1) + 1, end]
}
