// A word diff as one terminal line: changes with a little context, long unchanged runs elided,
// the whole capped. Adjacent changes separated by a single word are shown as one change, and a
// text that was mostly rewritten is summarised rather than shown as word confetti.
// Without colour, changes are marked wdiff-style: [-removed-]{+added+}.

import type { DiffPart, WordDiff } from '../../shared/engine/alignment-model'
import type { Paint } from './colour'

const CONTEXT_WORDS = 5
const MAX_CHARS = 360
/** Below this share of unchanged text, a cell is reported as rewritten. */
const REWRITE_THRESHOLD = 0.25

type Segment = { readonly kind: 'same'; readonly text: string } | { readonly kind: 'change'; readonly removed: string; readonly added: string }

const squash = (text: string): string => text.replace(/\s+/g, ' ')
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length

/** Runs of changes become one segment; a lone word between two changes joins them. */
export function coalesce(parts: readonly DiffPart[]): Segment[] {
  const segments: Segment[] = []
  for (const part of parts) {
    if (part.text.length === 0) continue
    const last = segments[segments.length - 1]
    if (part.op === 'same') segments.push({ kind: 'same', text: part.text })
    else if (last?.kind === 'change') segments[segments.length - 1] = { kind: 'change', removed: last.removed + (part.op === 'remove' ? part.text : ''), added: last.added + (part.op === 'add' ? part.text : '') }
    else segments.push({ kind: 'change', removed: part.op === 'remove' ? part.text : '', added: part.op === 'add' ? part.text : '' })
  }
  for (let i = 1; i + 1 < segments.length; i++) {
    const [before, middle, after] = [segments[i - 1]!, segments[i]!, segments[i + 1]!]
    if (before.kind === 'change' && middle.kind === 'same' && after.kind === 'change' && wordCount(middle.text) <= 1) {
      segments.splice(i - 1, 3, { kind: 'change', removed: before.removed + middle.text + after.removed, added: before.added + middle.text + after.added })
      i -= 1
    }
  }
  return segments
}

function unchangedShare(parts: readonly DiffPart[]): number {
  let same = 0
  let removed = 0
  let added = 0
  for (const p of parts) {
    const n = p.text.replace(/\s+/g, '').length
    if (p.op === 'same') same += n
    else if (p.op === 'remove') removed += n
    else added += n
  }
  const longer = Math.max(same + removed, same + added)
  return longer === 0 ? 1 : same / longer
}

/** The unchanged text kept as context: the tail before the first change, the head after the
 *  last one, both ends in between. */
function contextOf(text: string, isFirst: boolean, isLast: boolean): string {
  const lead = text.startsWith(' ') ? ' ' : ''
  const trail = text.endsWith(' ') && text.length > 1 ? ' ' : ''
  const words = text.trim().split(' ')
  if (words.length <= CONTEXT_WORDS * 2 + 1) return text
  const head = words.slice(0, CONTEXT_WORDS).join(' ')
  const tail = words.slice(-CONTEXT_WORDS).join(' ')
  if (isFirst) return `… ${tail}${trail}`
  if (isLast) return `${lead}${head} …`
  return `${lead}${head} … ${tail}${trail}`
}

function changeText(removed: string, added: string, paint: Paint): string {
  const r = squash(removed)
  const a = squash(added)
  if (paint.enabled) return `${r.trim() === '' ? '' : paint.red(r)}${a.trim() === '' ? '' : paint.green(a)}`
  return `${r.trim() === '' ? '' : `[-${r}-]`}${a.trim() === '' ? '' : `{+${a}+}`}`
}

export function wordDiffText(diff: WordDiff, paint: Paint, maxChars = MAX_CHARS): string {
  if (diff.kind === 'tooLarge') return paint.dim(`(too different to diff word by word: ${diff.reason})`)
  const parts = diff.parts.filter((p) => p.text.length > 0)
  if (parts.every((p) => p.op === 'same')) return paint.dim('(same text up to whitespace)')
  const share = unchangedShare(parts)
  if (share < REWRITE_THRESHOLD) {
    const before = wordCount(parts.filter((p) => p.op !== 'add').map((p) => p.text).join(''))
    const after = wordCount(parts.filter((p) => p.op !== 'remove').map((p) => p.text).join(''))
    return paint.dim(`(mostly rewritten: ${Math.round(share * 100)} % unchanged; ${before} → ${after} words)`)
  }
  const segments = coalesce(parts)
  const out: string[] = []
  let visible = 0
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const shown =
      segment.kind === 'same'
        ? contextOf(squash(segment.text), i === 0, i === segments.length - 1)
        : changeText(segment.removed, segment.added, paint)
    const size = segment.kind === 'same' ? shown.length : squash(segment.removed).length + squash(segment.added).length + 6
    if (visible + size > maxChars && out.length > 0) {
      out.push(paint.dim(' … (truncated)'))
      break
    }
    visible += size
    out.push(shown)
  }
  return out.join('')
}
