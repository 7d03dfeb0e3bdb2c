// The order a recipe lists rows or keys in when it follows one variant: the ones that variant has,
// in its own order; the ones it lacks right after the row or key that precedes them in the merged
// order, so they stay "where they fit".

/** @param positions per merged item, the variant's own position of it, or null when it lacks it
 *  @returns merged item indices in the variant's order */
export function orderForVariant(positions: readonly (number | null)[]): number[] {
  const n = positions.length
  const result: number[] = []
  // The items it lacks before the first one it has lead; every other item it lacks follows the
  // item it has before it in the merged order, so it is found by walking on from that item.
  let first = 0
  while (first < n && positions[first] === null) result.push(first++)
  const present: number[] = []
  for (let item = first; item < n; item++) if (positions[item] !== null) present.push(item)
  // Stable by item for equal positions. Usually already in order (the merged order follows the
  // variant's wherever it can).
  if (!ascending(present, positions)) present.sort((a, b) => positions[a]! - positions[b]! || a - b)
  for (const item of present) {
    result.push(item)
    for (let next = item + 1; next < n && positions[next] === null; next++) result.push(next)
  }
  return result
}

function ascending(items: readonly number[], positions: readonly (number | null)[]): boolean {
  for (let k = 1; k < items.length; k++) if (positions[items[k - 1]!]! > positions[items[k]!]!) return false
  return true
}
