// Turns the engine's character-level origins into line ranges for the result editor's gutter.
// Pure: tested without Monaco.

import type { Origin } from '../../../shared/engine/recipe/recipe-model'

export interface OriginLineRange {
  /** 1-based, inclusive. */
  readonly startLine: number
  readonly endLine: number
  readonly source: number | 'custom'
  readonly row?: string
  readonly key?: string
}

/** 0-based offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1)
  }
  return starts
}

/** Index of the line holding `offset` (binary search over `starts`). */
function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Each line takes the origin that covers most of its characters ('generated' text such as the
 * frontmatter delimiters gets no colour); consecutive lines with the same origin merge into one range.
 */
export function originLineRanges(text: string, origins: readonly Origin[]): OriginLineRange[] {
  const starts = lineStarts(text)
  const best: ({ origin: Origin; covered: number } | null)[] = starts.map(() => null)
  for (const origin of origins) {
    if (origin.source === 'generated' || origin.end <= origin.start) continue
    const first = lineIndexAt(starts, origin.start)
    const last = lineIndexAt(starts, origin.end - 1)
    for (let line = first; line <= last; line++) {
      const lineStart = starts[line] ?? 0
      const lineEnd = starts[line + 1] ?? text.length
      const covered = Math.min(lineEnd, origin.end) - Math.max(lineStart, origin.start)
      const current = best[line]
      if (covered > 0 && (current == null || covered > current.covered)) best[line] = { origin, covered }
    }
  }
  const ranges: OriginLineRange[] = []
  best.forEach((entry, index) => {
    if (entry == null) return
    const { origin } = entry
    const source = origin.source as number | 'custom'
    const previous = ranges[ranges.length - 1]
    if (previous && previous.endLine === index && previous.source === source && previous.row === origin.row && previous.key === origin.key) {
      ranges[ranges.length - 1] = { ...previous, endLine: index + 1 }
      return
    }
    ranges.push({
      startLine: index + 1,
      endLine: index + 1,
      source,
      ...(origin.row !== undefined ? { row: origin.row } : {}),
      ...(origin.key !== undefined ? { key: origin.key } : {}),
    })
  })
  return ranges
}

/** The origin range that holds a 1-based line, if any. */
export function originAtLine(ranges: readonly OriginLineRange[], line: number): OriginLineRange | undefined {
  return ranges.find((range) => range.startLine <= line && line <= range.endLine)
}
