// Pure column order / visibility helpers for the compare view. `order` lists variant indices
// left to right; hidden ones stay in the order so showing them puts them back where they were.

export interface ColumnLayout {
  readonly order: readonly number[]
  readonly hidden: readonly number[]
}

export function initialColumns(variantCount: number): ColumnLayout {
  return { order: Array.from({ length: variantCount }, (_, i) => i), hidden: [] }
}

export function visibleColumns(layout: ColumnLayout): number[] {
  return layout.order.filter((v) => !layout.hidden.includes(v))
}

export function withColumnHidden(layout: ColumnLayout, variant: number, hidden: boolean): ColumnLayout {
  if (hidden) {
    // Keep at least one column visible.
    if (layout.hidden.includes(variant) || visibleColumns(layout).length <= 1) return layout
    return { ...layout, hidden: [...layout.hidden, variant] }
  }
  return { ...layout, hidden: layout.hidden.filter((v) => v !== variant) }
}

/** Move a variant one visible position left (-1) or right (+1), skipping hidden columns. */
export function withColumnMoved(layout: ColumnLayout, variant: number, delta: -1 | 1): ColumnLayout {
  const visible = visibleColumns(layout)
  const at = visible.indexOf(variant)
  const swapWith = visible[at + delta]
  if (at < 0 || swapWith === undefined) return layout
  const order = [...layout.order]
  const i = order.indexOf(variant)
  const j = order.indexOf(swapWith)
  order[i] = swapWith
  order[j] = variant
  return { ...layout, order }
}
