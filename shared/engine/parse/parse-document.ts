// Text in, document model out: layout (BOM, line endings), frontmatter, format and identity,
// outline. Never throws: whatever the input, the result round-trips to the exact text.

import { sha256Hex } from '../hash'
import type { AgentDocument, Diagnostic, Frontmatter, FrontmatterEntry } from '../model'
import { outlineBodyDetailed, outlineSize } from '../outline/outline'
import { detectFormat } from './detect-format'
import { locateFrontmatter } from './frontmatter-block'
import { readFrontmatter } from './frontmatter-read'
import { scalarString } from './frontmatter-values'
import { identityOf } from './identity'
import { frontmatterExcess, frontmatterSizeExcess, LIMITS, sectionsExcess, type LimitExcess } from './limits'
import { lineNumberAt } from './lines'
import { textLayout } from './text-layout'

/** What the host's reader learned about the text as it read the file's bytes (`AgentFileText`'s
 *  `hash` and `nulFree`): native hashing and NUL search cost less than doing them here. Pass the
 *  file the host returned; the host's tests check both equal what the engine would compute. */
export interface HostFacts {
  /** SHA-256 hex of `text`; anything that is not 64 lowercase hex digits is ignored. */
  readonly hash?: string
  /** `text` holds no NUL (U+0000): the engine then skips its own search for one. */
  readonly nulFree?: boolean
}

/** Whether `s` is 64 lowercase hex digits (a loop: cheaper than a regex on every parse). */
function isSha256Hex(s: string): boolean {
  if (s.length !== 64) return false
  for (let i = 0; i < 64; i++) {
    const c = s.charCodeAt(i)
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false
  }
  return true
}

export function parseDocument(text: string, path: string, facts?: HostFacts): AgentDocument {
  // Callers from plain JavaScript (or a worker message) may hand anything: never throw.
  const input = typeof text === 'string' ? text : ''
  const filePath = typeof path === 'string' ? path : ''
  try {
    const knownHash = facts?.hash
    return parseOrThrow(input, filePath, typeof knownHash === 'string' && isSha256Hex(knownHash) ? knownHash : null, facts?.nulFree === true)
  } catch (error) {
    return fallbackDocument(input, filePath, error)
  }
}

/** `parseDocument` of a text read only for what it says about itself (a merged text checked
 *  before it is saved, a file of a run that checks no hash): the same document, but not hashed
 *  (`hash` is ''). */
export function parseUnhashed(text: string, path: string, facts?: Pick<HostFacts, 'nulFree'>): AgentDocument {
  try {
    return parseOrThrow(text, path, '', facts?.nulFree === true)
  } catch (error) {
    return fallbackDocument(text, path, error)
  }
}

function parseOrThrow(text: string, path: string, knownHash: string | null, knownNulFree: boolean): AgentDocument {
  const head = readHead(text)
  if ('message' in head) return unreadDocument(text, path, knownHash, head)
  const { layout, frontmatter, bodyStart, firstCr } = head
  const outline = outlineBodyDetailed(text, bodyStart, head.bodyLine, firstCr)
  const tooManySections = sectionsExcess(outline.sections.length, outline.sections[LIMITS.sections]?.line ?? 1)
  if (tooManySections) return unreadDocument(text, path, knownHash, tooManySections)
  const diagnostics = withBodyDiagnostics(text, outline.unclosedFenceLine, knownNulFree, head.diagnostics)
  const { format, identity, name, description } = namingOf(path, frontmatter)
  return {
    path, text, bom: layout.bom, eol: layout.eol, finalNewline: layout.finalNewline,
    frontmatterMode: frontmatter ? frontmatter.mode : 'none', frontmatter, bodyStart,
    sections: outline.sections, format, identity, name, description, hash: knownHash ?? sha256Hex(text), diagnostics,
  }
}

/** The format, identity, name and description a file's path and frontmatter give it. */
function namingOf(path: string, frontmatter: Frontmatter | null): Pick<AgentDocument, 'format' | 'identity' | 'name' | 'description'> {
  const entries = frontmatter?.entries ?? []
  const keys: string[] = []
  for (const entry of entries) keys.push(entry.key)
  const format = detectFormat(path, keys)
  const name = stringValue(entries, 'name')
  return { format, identity: identityOf(format, name, path), name, description: stringValue(entries, 'description') }
}

/** What a folder listing shows of a file and groups it by (`scan`): the document but its
 *  sections and hash, which a listing never shows (a quarter of the parse: the sections' keys,
 *  and a hash of every file). */
export type DocumentListing = Omit<AgentDocument, 'sections' | 'hash'>

/** parseDocument's fields but the sections and the hash, with the same diagnostics, format and
 *  identity (the outline is still walked: a fence left open and the bound on sections are
 *  told as parseDocument tells them). Never throws. */
export function listDocument(text: string, path: string, facts?: Pick<HostFacts, 'nulFree'>): DocumentListing {
  const nulFree = facts?.nulFree === true
  try {
    const head = readHead(text)
    if ('message' in head) return unreadDocument(text, path, '', head)
    const { layout, frontmatter, bodyStart, firstCr } = head
    const outline = outlineSize(text, bodyStart, head.bodyLine, LIMITS.sections, firstCr)
    // Past the bound (rare) the line of the first section beyond it is the outline's.
    if (outline.tooManySections) return parseOrThrow(text, path, '', nulFree)
    const diagnostics = withBodyDiagnostics(text, outline.unclosedFenceLine, nulFree, head.diagnostics)
    const frontmatterMode = frontmatter ? frontmatter.mode : 'none'
    // Fields named, not spread: a spread copies through a slower path on every file listed.
    const { format, identity, name, description } = namingOf(path, frontmatter)
    return { path, text, bom: layout.bom, eol: layout.eol, finalNewline: layout.finalNewline, frontmatterMode, frontmatter, bodyStart, format, identity, name, description, diagnostics }
  } catch (error) {
    return fallbackDocument(text, path, error)
  }
}

/** A text's layout and frontmatter, and where its body starts. */
interface Head {
  readonly layout: ReturnType<typeof textLayout>
  readonly frontmatter: Frontmatter | null
  readonly bodyStart: number
  /** 1-based line of bodyStart. */
  readonly bodyLine: number
  /** The frontmatter's diagnostics. */
  readonly diagnostics: readonly Diagnostic[]
  /** Where the text's first `\r` is, or -1. */
  readonly firstCr: number
}

/** The text's head, or the bound its frontmatter passes. */
function readHead(text: string): Head | LimitExcess {
  // Where the first `\r` is (most texts have none): searched once here for every line walk.
  const firstCr = text.indexOf('\r')
  const layout = textLayout(text, firstCr)
  const contentStart = layout.bom ? 1 : 0
  let diagnostics: readonly Diagnostic[] = []
  let frontmatter: Frontmatter | null = null
  const block = locateFrontmatter(text, contentStart, firstCr)
  const tooComplex = block
    ? (frontmatterSizeExcess(block.lines, block.firstLine, block.endLine, block.closed) ?? frontmatterExcess(text, block.lines, block.firstLine, block.endLine))
    : null
  if (tooComplex) return tooComplex
  if (block) {
    const reading = readFrontmatter(text, block, layout.eol)
    frontmatter = reading.frontmatter
    diagnostics = reading.diagnostics
  }
  const bodyStart = frontmatter ? frontmatter.end : contentStart
  return { layout, frontmatter, bodyStart, bodyLine: block ? block.lineAfter : 1, diagnostics, firstCr }
}

/** The head's diagnostics, then the body's warnings: a fence never closed, NUL bytes. The head's
 *  list as it is when the body has none (nearly every file). */
function withBodyDiagnostics(text: string, unclosedFenceLine: number | null, knownNulFree: boolean, head: readonly Diagnostic[]): readonly Diagnostic[] {
  const nul = knownNulFree ? -1 : text.indexOf('\0')
  if (unclosedFenceLine === null && nul === -1) return head
  const diagnostics = [...head]
  if (unclosedFenceLine !== null) {
    diagnostics.push({ severity: 'warning', code: 'unclosed-fence', line: unclosedFenceLine, message: `this code block is never closed, so everything after it is code; add a closing fence.` })
  }
  if (nul !== -1) {
    const line = lineNumberAt(text, nul)
    diagnostics.push({ severity: 'warning', code: 'nul-byte', line, message: `the file contains NUL bytes; it may be binary or corrupted.` })
  }
  return diagnostics
}

/** `doc` as `parseDocument` reads the same text at another path: only the path, the format (told
 *  by the folder and file name) and the identity that follows from them depend on it. A document
 *  not read past its bounds or after an internal error stays plain text. */
export function documentAt(doc: AgentDocument, path: string): AgentDocument {
  const unread = doc.diagnostics.some((d) => d.code === TOO_COMPLEX || d.code === INTERNAL_ERROR)
  const format = unread ? 'generic' : detectFormat(path, (doc.frontmatter?.entries ?? []).map((e) => e.key))
  return { ...doc, path, format, identity: identityOf(format, unread ? null : doc.name, path) }
}

function stringValue(entries: readonly FrontmatterEntry[], key: string): string | null {
  for (const entry of entries) if (entry.key === key) return scalarString(entry.value)
  return null
}

/** Last resort if a bug slips through: the whole text as one section, with a diagnostic. */
function fallbackDocument(text: string, path: string, error: unknown): AgentDocument {
  return plainTextDocument(text, path, null, { severity: 'error', code: INTERNAL_ERROR, line: 1, message: `Agent Merge could not read this file (${String(error)}); it is shown as plain text.` })
}

/** A file past one of the bounds (limits.ts): not read further, its one diagnostic says why. */
function unreadDocument(text: string, path: string, knownHash: string | null, excess: LimitExcess): AgentDocument {
  return plainTextDocument(text, path, knownHash, { severity: 'error', code: TOO_COMPLEX, line: excess.line, message: excess.message })
}

/** The code of the diagnostic of a file past one of the bounds, which readers skip. */
export const TOO_COMPLEX = 'too-complex'

/** The diagnostic of a document past one of the bounds, if any (a loop: the CLI asks it of every
 *  file it reads). */
export function tooComplexDiagnostic(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  for (const d of diagnostics) if (d.code === TOO_COMPLEX) return d
  return undefined
}

const INTERNAL_ERROR = 'internal-error'

function plainTextDocument(text: string, path: string, knownHash: string | null, diagnostic: Diagnostic): AgentDocument {
  const layout = textLayout(text)
  const bodyStart = layout.bom ? 1 : 0
  return {
    path, text, bom: layout.bom, eol: layout.eol, finalNewline: layout.finalNewline,
    frontmatterMode: 'none', frontmatter: null, bodyStart,
    sections: text.length > bodyStart ? [{ key: 'preamble', title: '', level: 0, kind: 'preamble', start: bodyStart, end: text.length, headingEnd: bodyStart, line: 1, parent: null }] : [],
    format: 'generic', identity: identityOf('generic', null, path), name: null, description: null, hash: knownHash ?? sha256Hex(text),
    diagnostics: [diagnostic],
  }
}
