// The order of suggestion ids (`${a.refId}+${b.refId}`) without making the strings: thousands of
// pairs pass in a large folder, and only the few the budgets keep need an id.

export interface PairOrder {
  /** The clusters' ranks in the order of their refIds. */
  readonly ranks: Int32Array
  /** Compares the ids of pairs (xa, xb) and (ya, yb) of cluster indices (never equal pairs). */
  compareIds(xa: number, xb: number, ya: number, yb: number): number
}

function ranksOf(keys: readonly string[]): Int32Array {
  const order = keys.map((_, i) => i).sort((i, j) => (keys[i]! < keys[j]! ? -1 : keys[i]! > keys[j]! ? 1 : 0))
  const ranks = new Int32Array(keys.length)
  order.forEach((index, rank) => (ranks[index] = rank))
  return ranks
}

/** Two ids compare as their first refIds each followed by `+` do, then as their second refIds:
 *  unless a refId holds a `+`, where one id's first part could run into the other's second. */
export function pairOrder(refIds: readonly string[]): PairOrder {
  const ranks = ranksOf(refIds)
  if (refIds.some((id) => id.includes('+'))) {
    const idOf = (a: number, b: number): string => `${refIds[a]}+${refIds[b]}`
    return { ranks, compareIds: (xa, xb, ya, yb) => (idOf(xa, xb) < idOf(ya, yb) ? -1 : 1) }
  }
  const firstRanks = ranksOf(refIds.map((id) => `${id}+`))
  return { ranks, compareIds: (xa, xb, ya, yb) => firstRanks[xa]! - firstRanks[ya]! || ranks[xb]! - ranks[yb]! }
}
