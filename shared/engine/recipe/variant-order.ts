// The order a recipe lists rows or keys in when it follows one variant: the ones that variant has,
// in its own order; the ones it lacks right after the row or key that precedes them in the merged
// order, so they stay "where they fit".

/** @param positions per merged item, the variant's own position of it, or null when it lacks it
 *  @returns merged item indices in the variant's order */
export function orderForVariant(positions: readonly (number | null)[]): number[] {
  const present = positions.flatMap((position, item) => (position === null ? [] : [{ item, position }])).sort((a, b) => a.position - b.position)
  const absentAfter = new Map<number, number[]>() // merged index of the preceding present item (-1 = start)
  let anchor = -1
  positions.forEach((position, item) => {
    if (position !== null) anchor = item
    else {
      // Appended in place: copying the list per item was quadratic in a run of rows the
      // variant lacks (thousands of them in a merge of two large files that differ throughout).
      const after = absentAfter.get(anchor)
      if (after) after.push(item)
      else absentAfter.set(anchor, [item])
    }
  })
  const result: number[] = [...(absentAfter.get(-1) ?? [])]
  for (const { item } of present) result.push(item, ...(absentAfter.get(item) ?? []))
  return result
}
