// Names a row of the compare grid: a frontmatter key row or a section row.
export type RowRef = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'row'; readonly id: string }

export function sameRowRef(a: RowRef | null, b: RowRef | null): boolean {
  if (!a || !b) return a === b
  return a.kind === 'key' ? b.kind === 'key' && a.key === b.key : b.kind === 'row' && a.id === b.id
}

export function rowRefKey(ref: RowRef): string {
  return ref.kind === 'key' ? `key:${ref.key}` : `row:${ref.id}`
}
