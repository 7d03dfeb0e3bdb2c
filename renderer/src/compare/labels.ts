// Words for statuses and picks, shared by the grid, the status bar and ARIA names.
import type { KeyStatus, RowStatus } from '../../../shared/engine/alignment-model'
import type { Choice } from '../../../shared/engine/recipe/recipe-model'
import type { SectionKind } from '../../../shared/engine/model'

export function statusLabel(status: RowStatus | KeyStatus, variantCount: number): string {
  switch (status.kind) {
    case 'same':
      return 'same'
    case 'changed':
      return 'similarity' in status ? `changed · ${Math.round(status.similarity * 100)}%` : 'changed'
    case 'partial': {
      const present = Array.from({ length: variantCount }, (_, v) => v).filter((v) => !status.missingIn.includes(v))
      // Name the few variants that have it: with many columns they may be scrolled out of view.
      const where = present.length <= 4 ? `only in ${present.map((v) => v + 1).join(', ')}` : `in ${present.length} of ${variantCount}`
      // Where the variants that have it also differ, say how alike they are.
      return present.length > 1 && 'similarity' in status && status.similarity < 0.995 ? `${where} · ${Math.round(status.similarity * 100)}%` : where
    }
    case 'unique':
      return `only in ${status.variant + 1}`
  }
}

export function pickLabel(pick: Choice | null): string {
  if (!pick) return 'Not written'
  switch (pick.kind) {
    case 'variant':
      return `From ${pick.variant + 1}`
    case 'combine':
      return `Combined ${pick.variants.map((v) => v + 1).join(' + ')}`
    case 'custom':
      return 'Custom text'
    case 'omit':
      return 'Omitted'
    case 'undecided':
      return 'Undecided'
  }
}

export function isPicked(pick: Choice | null, variant: number): boolean {
  if (!pick) return false
  if (pick.kind === 'variant') return pick.variant === variant
  if (pick.kind === 'combine') return pick.variants.includes(variant)
  return false
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/** The last folder or two above a file, enough to tell collections apart. */
export function folderLabel(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean)
  parts.pop()
  const dirs = parts.filter((p) => !['.claude', 'agents', '.github', '.cursor', 'rules', '.opencode', 'agent', 'chatmodes'].includes(p))
  return (dirs.length ? dirs.slice(-2) : parts.slice(-1)).join('/') || '/'
}

/** The mark before a row's title: `##` for a Markdown heading, and for the lines the parser
 *  treats as headings without being ones, what they are (a bold line, a numbered bold item). */
export function headingMark(kind: SectionKind | null, level: number): { readonly text: string; readonly title: string } | null {
  if (kind === 'bold') return { text: '**', title: 'A bold line used as a heading (not a Markdown heading)' }
  if (kind === 'item') return { text: '1.', title: 'A list item with a bold title (not a Markdown heading)' }
  if (level <= 0) return null
  return { text: '#'.repeat(level), title: `Markdown heading, level ${level}` }
}

/** The start of a custom text, on one line, for the grid: the user sees what they wrote. */
export function customExcerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

/** One line on why the merge starts from this variant (see variantsByCompleteness). */
export function baseReason(docs: readonly { readonly path: string; readonly text: string; readonly sections: readonly unknown[] }[], base: number): string {
  const doc = docs[base]
  if (!doc) return ''
  const size = `${doc.sections.length} sections, ${doc.text.length.toLocaleString('en-US')} characters`
  return `Starts from variant ${base + 1}, ${fileName(doc.path)}: the most complete (${size}); rows it lacks are undecided.`
}
