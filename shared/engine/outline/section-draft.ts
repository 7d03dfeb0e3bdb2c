// A section being built. The scan makes one per heading it finds, with its title, kind and
// place; the outline then sets the level of pseudo-headings, the parent, the line number, the
// key and the end, in place: one object per section, where a scan record, a draft and the
// section were three (allocation is a good part of parsing time).

import type { Section, SectionKind } from '../model'

export type SectionDraft = { -readonly [K in keyof Section]: Section[K] }

/** `line` is counted from the scan's first line until the outline makes it the file's line. */
export function sectionDraft(title: string, level: number, kind: SectionKind, line: number, start: number, headingEnd: number): SectionDraft {
  return { key: '', title, level, kind, start, end: 0, headingEnd, line, parent: null }
}
