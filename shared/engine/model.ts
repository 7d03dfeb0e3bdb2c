// The document model: what the engine reads out of one agent file.
// Plain readonly data only (it crosses worker and process boundaries as is).
// Offsets are UTF-16 code-unit offsets into `AgentDocument.text`; lines are 1-based.

export type Severity = 'error' | 'warning' | 'info'

/** A finding about a file: a value with a code, a message a person can act on, and a line. */
export interface Diagnostic {
  readonly severity: Severity
  /** Stable kebab-case code, e.g. `yaml-alias-value`, `frontmatter-unclosed`, `duplicate-key`. */
  readonly code: string
  readonly message: string
  /** 1-based line in the file (BOM not counted as a line). */
  readonly line: number
  readonly column?: number
}

/**
 * How the frontmatter was read:
 * - strict: a strict YAML parser accepts it as written;
 * - repaired: strict YAML rejects it, but after a known, local repair (quoting a `*` value,
 *   folding a one-line description that holds `: `, ...) every key's value is exact;
 * - lenient: line-based recovery of the keys a person would see; values are best effort;
 * - none: the file has no frontmatter block.
 */
export type FrontmatterMode = 'strict' | 'repaired' | 'lenient' | 'none'

/** A YAML value as plain JSON-like data. */
export type FrontmatterValue =
  | string
  | number
  | boolean
  | null
  | readonly FrontmatterValue[]
  | { readonly [key: string]: FrontmatterValue }

export interface FrontmatterEntry {
  readonly key: string
  /** Exact source text of the entry: its key line and continuation lines, line endings included. */
  readonly raw: string
  readonly value: FrontmatterValue
  /** 1-based line of the key. */
  readonly line: number
  /** Whether `raw` on its own is accepted by a strict YAML parser (and yields `value`). */
  readonly strictValid: boolean
}

export interface Frontmatter {
  readonly mode: Exclude<FrontmatterMode, 'none'>
  /** Offsets of the whole block: from the opening `---` (after any BOM) through the closing
   *  delimiter line and its line ending. `text.slice(start, end)` is the block. */
  readonly start: number
  readonly end: number
  /** Whether a closing `---` (or `...`) line was found where a person would put it. */
  readonly closed: boolean
  /** Entries in source order. Lines between entries that belong to no key (comments, blank lines)
   *  stay in the source span; they are kept by round trip but are not entries. */
  readonly entries: readonly FrontmatterEntry[]
}

export type AgentFormat =
  | 'claude-agent'
  | 'claude-skill'
  | 'claude-command'
  | 'opencode-agent'
  | 'copilot-agent'
  | 'copilot-chatmode'
  | 'cursor-rule'
  | 'gemini-agent'
  | 'generic'

export type SectionKind =
  | 'preamble' // text before the first heading (may be empty-titled)
  | 'atx' // `## Title`
  | 'setext' // `Title` underlined with `===` / `---`
  | 'bold' // a line that is only `**Title**`, `**Title**:` or `**Title:**`
  | 'item' // a column-0 list item like `1. **Title**: ...`

export interface Section {
  /** Unique within the document and stable across edits of the text: the slug path of titles,
   *  e.g. `core-responsibilities/system-architecture`, with `~2` suffixes for repeats; `preamble`. */
  readonly key: string
  /** The heading text as a person reads it, markers removed (`## Foo ##` -> `Foo`); '' for preamble. */
  readonly title: string
  /** 0 for the preamble, 1-6 for real headings; pseudo-headings sit one below their parent. */
  readonly level: number
  readonly kind: SectionKind
  /** The section's own span in `text`: its heading line(s) and its content up to the next
   *  section of any level. Sections tile the body in order: concatenating all spans
   *  from `bodyStart` gives the body exactly. */
  readonly start: number
  readonly end: number
  /** Offset where the heading line(s) end (== start for the preamble). */
  readonly headingEnd: number
  /** 1-based line of the heading (of the first line for the preamble). */
  readonly line: number
  /** Index into `AgentDocument.sections` of the enclosing section, or null at top level. */
  readonly parent: number | null
}

export interface AgentDocument {
  readonly path: string
  /** The exact input. `serializeDocument(doc) === doc.text` always holds. */
  readonly text: string
  readonly bom: boolean
  /** The dominant line ending; writers keep it. */
  readonly eol: '\n' | '\r\n'
  readonly finalNewline: boolean
  readonly frontmatterMode: FrontmatterMode
  readonly frontmatter: Frontmatter | null
  /** Offset where the Markdown body starts (after the frontmatter block, or after the BOM). */
  readonly bodyStart: number
  /** Flat, in document order, tiling the body. Tree structure via `parent`. */
  readonly sections: readonly Section[]
  readonly format: AgentFormat
  /** Normalised identity: the `name` value where the format uses it, else the file name
   *  without its extensions (`.agent.md`, `.chatmode.md`, `.mdc`, `.md`), lowercased, hyphenated. */
  readonly identity: string
  /** Convenience reads of common keys (string form), null when absent. */
  readonly name: string | null
  readonly description: string | null
  /** SHA-256 hex of the UTF-8 text (see hash.ts): names the source in recipes. */
  readonly hash: string
  /** Parse diagnostics (frontmatter problems, unclosed fences, ...). Lint findings are separate. */
  readonly diagnostics: readonly Diagnostic[]
}
