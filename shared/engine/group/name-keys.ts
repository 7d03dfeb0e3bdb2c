// Names as grouping keys: normalisation, the file-name stem, and name tokens for fuzzy matching.

/** A key normaliseKey leaves as it is: lowercase ASCII words joined by single hyphens. */
const NORMAL_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Lowercase, camelCase split, every run of other characters turned into one hyphen. */
export function normaliseKey(text: string): string {
  // Most names and file names are keys already: one test instead of six passes over them.
  if (NORMAL_KEY.test(text)) return text
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const AGENT_EXTENSIONS = /\.(agent|chatmode|prompt|instructions)\.md$|\.(mdc|md|markdown)$/i

/** File names that say nothing about the agent; the folder names it instead (`skills/x/SKILL.md`). */
const GENERIC_STEMS = new Set(
  (
    'skill skills readme index agent agents claude gemini main prompt prompts instructions copilot-instructions rules rule ' +
    'system default template example sample test untitled new config settings command commands chatmode chatmodes mode ' +
    'persona role docs notes subagent subagents'
  ).split(' '),
)

/** Numbers and hashes (`001`, `000_32342c2bcfddba01`) name nothing a person would look for. */
const MEANINGLESS = /^(?=.*[0-9])[0-9a-f-]+$/

function meaningful(stem: string): boolean {
  return stem !== '' && !GENERIC_STEMS.has(stem) && !MEANINGLESS.test(stem)
}

/** The normalised file name without agent extensions, or its folder's name when the file name is
 *  generic (`SKILL.md`); null when neither names anything (`README.md` at a root, `001.md`). */
export function fileStem(path: string): string | null {
  const parts = path.split(/[\\/]+/).filter((p) => p.length > 0)
  const base = parts[parts.length - 1] ?? ''
  const stem = normaliseKey(base.replace(AGENT_EXTENSIONS, ''))
  if (meaningful(stem)) return stem
  // Only a generic name defers to its folder (`skills/pdf/SKILL.md`); a number or hash names nothing.
  if (!GENERIC_STEMS.has(stem)) return null
  const folder = normaliseKey(parts[parts.length - 2] ?? '')
  return meaningful(folder) ? folder : null
}

/** Light stemming so `reviewer`, `review`, `reviews` and `reviewing` meet; `auditor`/`audit` too. */
export function stemToken(token: string): string {
  if (token.length <= 4) return token
  for (const suffix of ['ing', 'ers', 'ors', 'er', 'or', 'es', 's']) {
    if (token.endsWith(suffix) && token.length - suffix.length >= 4) return token.slice(0, -suffix.length)
  }
  return token
}

/** Words that rank or brand an agent rather than say what it does (`senior-code-reviewer`). */
const QUALIFIERS = new Set(
  'senior junior pro master expert advanced elite lead principal staff chief ultimate super best new old lite plus v1 v2 v3 v4 agent assistant helper bot claude copilot gpt ai'.split(' '),
)

/** Distinct stemmed tokens of a normalised key, qualifiers left out (unless nothing else is left). */
export function nameTokens(key: string): readonly string[] {
  const words = key.split('-').filter((t) => t.length > 0)
  const core = words.filter((w) => !QUALIFIERS.has(w))
  return [...new Set((core.length > 0 ? core : words).map(stemToken))]
}

export interface QualifiedBase {
  /** The shorter name, e.g. `content-creator`. */
  readonly base: string
  /** The words added to it, space-separated, e.g. `linkedin`. */
  readonly added: string
}

/** Every shorter name that `key` is with words added before or after it: `linkedin-content-creator`
 *  is `content-creator` with `linkedin`, `project-manager-senior` is `project-manager` with
 *  `senior`. Such names are usually another agent (a platform, a market, a seniority), so they are
 *  suggested, never grouped by name. A one-word base counts only with rank words
 *  (`senior-debugger`): `frontend-developer` is not a qualified `developer`; nor is a base under
 *  five letters. */
export function qualifiedBases(key: string): QualifiedBase[] {
  const words = key.split('-')
  const out: QualifiedBase[] = []
  const consider = (base: readonly string[], added: readonly string[]): void => {
    const name = base.join('-')
    const qualifier = qualifierAdded(name, added.join('-'))
    if (qualifier !== null) out.push({ base: name, added: qualifier })
  }
  for (let cut = 1; cut < words.length; cut++) {
    consider(words.slice(cut), words.slice(0, cut))
    consider(words.slice(0, cut), words.slice(cut))
  }
  return out
}

/** The words `key` adds to `other` (see qualifiedBases), or null when it is not `other` qualified:
 *  the first of qualifiedBases(key) whose base is `other`, found without listing them (suggestions
 *  ask this of every pair of names of thousands of cluster pairs). */
export function addedQualifier(key: string, other: string): string | null {
  if (key.length <= other.length) return null
  // `other` can only be the words after one cut (words added before it) or before one (after it).
  const before = key.endsWith(`-${other}`) ? key.slice(0, key.length - other.length - 1) : null
  const after = key.startsWith(`${other}-`) ? key.slice(other.length + 1) : null
  if (before === null) return after === null ? null : qualifierAdded(other, after)
  if (after === null) return qualifierAdded(other, before)
  // Both (`a-b-a-b-a` and `a-b-a`): the two add the same words in another order, so either
  // qualifies as the other does; qualifiedBases lists the one with the earlier cut first.
  return qualifierAdded(other, wordCount(before) <= wordCount(other) ? before : after)
}

function wordCount(key: string): number {
  let count = 1
  for (let i = key.indexOf('-'); i !== -1; i = key.indexOf('-', i + 1)) count++
  return count
}

/** What `added` (hyphenated words) adds to `base` when qualifiedBases would list it, or null. */
function qualifierAdded(base: string, added: string): string | null {
  const words = added.split('-')
  if (base.length < 5 || (!base.includes('-') && !words.every((w) => QUALIFIERS.has(w)))) return null
  return words.join(' ')
}
