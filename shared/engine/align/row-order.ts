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

/** A topological order of the nodes (indices), taking among the nodes free to go next the first
 *  by `compare`: rows stay as close to their previous order as the constraints allow. The
 *  constraints must be acyclic; any node a cycle would hold back is appended in `compare` order,
 *  so that nothing is ever dropped. */
export function topologicalOrder(count: number, next: readonly (readonly number[])[], compare: (a: number, b: number) => number): number[] {
  const indegree = new Array<number>(count).fill(0)
  for (const list of next) for (const n of list) indegree[n]!++
  const heap = new MinHeap((a, b) => compare(a, b) || a - b)
  for (let i = 0; i < count; i++) if (indegree[i] === 0) heap.push(i)
  const order: number[] = []
  const placed = new Uint8Array(count)
  while (heap.size > 0) {
    const node = heap.pop()
    order.push(node)
    placed[node] = 1
    for (const n of next[node]!) if (--indegree[n]! === 0) heap.push(n)
  }
  if (order.length < count) order.push(...[...Array(count).keys()].filter((i) => !placed[i]).sort(compare))
  return order
}

/** Compares two paths of numbers element by element; a path before any path it is a prefix of. */
export function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

class MinHeap {
  private readonly items: number[] = []
  constructor(private readonly less: (a: number, b: number) => number) {}
  get size(): number {
    return this.items.length
  }
  push(item: number): void {
    const items = this.items
    items.push(item)
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1
      if (this.less(items[i]!, items[parent]!) >= 0) break
      ;[items[i], items[parent]] = [items[parent]!, items[i]!]
      i = parent
    }
  }
  pop(): number {
    const items = this.items
    const top = items[0]!
    const last = items.pop()!
    if (items.length > 0) {
      items[0] = last
      for (let i = 0; ; ) {
        const l = 2 * i + 1
        const r = l + 1
        let smallest = i
        if (l < items.length && this.less(items[l]!, items[smallest]!) < 0) smallest = l
        if (r < items.length && this.less(items[r]!, items[smallest]!) < 0) smallest = r
        if (smallest === i) break
        ;[items[i], items[smallest]] = [items[smallest]!, items[i]!]
        i = smallest
      }
    }
    return top
  }
}
