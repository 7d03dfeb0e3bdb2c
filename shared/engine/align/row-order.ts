// The order constraints between section rows: within each variant its sections keep their order,
// and a row comes after its parent row. Rows form a directed acyclic graph; any topological order
// of it is a valid row order. Used to join rows across parents (join-across-parents.ts): two rows
// may become one only if no path leads from one to the other.

/** Whether `to` can be reached from `from` (nodes in a valid order, `from` before `to`): only
 *  nodes between the two positions can lie on such a path. */
export function reaches(next: readonly (readonly number[])[], from: number, to: number): boolean {
  const seen = new Set<number>([from])
  const stack = [from]
  while (stack.length > 0) {
    for (const n of next[stack.pop()!]!) {
      if (n === to) return true
      if (n < to && !seen.has(n)) {
        seen.add(n)
        stack.push(n)
      }
    }
  }
  return false
}

/**
 * A topological order of the nodes (indices) that reads like a document: among the nodes free to
 * go next it takes the one deepest in the branch of the node placed last (so a subtree is finished
 * before the output moves on), then the one first by its path. `paths[i]` lists the priorities of
 * node i's ancestors and its own, root first (before any change it is the previous order).
 * At most one node per variant is free at a time, so the scan stays small. The constraints must be
 * acyclic; any node a cycle would hold back is appended in path order, so nothing is dropped.
 */
export function topologicalOrder(count: number, next: readonly (readonly number[])[], paths: readonly (readonly number[])[]): number[] {
  const indegree = new Array<number>(count).fill(0)
  for (const list of next) for (const n of list) indegree[n]!++
  const free: number[] = []
  for (let i = 0; i < count; i++) if (indegree[i] === 0) free.push(i)
  const order: number[] = []
  const placed = new Uint8Array(count)
  let current: readonly number[] = []
  while (free.length > 0) {
    let best = 0
    let bestDepth = -1
    free.forEach((node, i) => {
      const depth = commonPrefix(paths[node]!, current)
      if (depth > bestDepth || (depth === bestDepth && comparePaths(paths[node]!, paths[free[best]!]!) < 0)) {
        best = i
        bestDepth = depth
      }
    })
    const node = free.splice(best, 1)[0]!
    order.push(node)
    placed[node] = 1
    current = paths[node]!
    for (const n of next[node]!) if (--indegree[n]! === 0) free.push(n)
  }
  if (order.length < count) order.push(...[...Array(count).keys()].filter((i) => !placed[i]).sort((a, b) => comparePaths(paths[a]!, paths[b]!)))
  return order
}

/** Compares two paths of numbers element by element; a path before any path it is a prefix of. */
export function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

function commonPrefix(a: readonly number[], b: readonly number[]): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}
