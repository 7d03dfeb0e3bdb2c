// The order constraints between section rows: within each variant its sections keep their order,
// and a row comes after its parent row. Used to join rows across parents (join-across-parents.ts):
// two rows may become one only if no path leads from one to the other, and only if the rows can
// still be ordered as a document is: each row's whole subtree right after it, so that a section
// from elsewhere lands before or after a subtree, never between a heading and its subsections.

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
 * An order of the nodes that keeps every subtree together (a node, then all its descendants, as a
 * document lists headings) and respects the constraints, or null when none exists. A constraint
 * between nodes in different branches orders the branches: `a` before `b` puts the child of their
 * common ancestor holding `a` before the one holding `b`; `b` before its own ancestor `a` cannot
 * be met. Siblings free to go next go by `priority` (lowest first), so with no constraint broken
 * by a change the previous order (priority = previous position) comes back.
 * @param parent per node, its parent node, or -1 at the top
 * @param next per node, the nodes that must come after it
 */
export function treeOrder(parent: readonly number[], priority: readonly number[], next: readonly (readonly number[])[]): number[] | null {
  const count = parent.length
  const depth = depths(parent)
  if (depth === null) return null
  const successors: number[][] = Array.from({ length: count }, () => [])
  const indegree = new Int32Array(count)
  for (let a = 0; a < count; a++) {
    for (const b of next[a]!) {
      let x = a
      let y = b
      while (depth[x]! > depth[y]!) x = parent[x]!
      while (depth[y]! > depth[x]!) y = parent[y]!
      if (x === y) {
        if (x === b && a !== b) return null // `b` is an ancestor of `a` yet must follow it
        continue // `a` is an ancestor of `b` (or the same node): the subtree order already has it
      }
      while (parent[x] !== parent[y]) {
        x = parent[x]!
        y = parent[y]!
      }
      successors[x]!.push(y)
      indegree[y]!++
    }
  }
  const children: number[][] = Array.from({ length: count + 1 }, () => []) // index `count`: the top
  for (let i = 0; i < count; i++) children[parent[i]! < 0 ? count : parent[i]!]!.push(i)
  const sorted: number[][] = []
  for (let p = 0; p <= count; p++) {
    const list = children[p]!
    if (list.length === 0) continue
    const free = new MinHeap(priority)
    for (const c of list) if (indegree[c] === 0) free.push(c)
    const out: number[] = []
    while (free.size > 0) {
      const c = free.pop()
      out.push(c)
      for (const s of successors[c]!) if (--indegree[s]! === 0) free.push(s)
    }
    if (out.length < list.length) return null // the branches' constraints form a cycle
    sorted[p] = out
  }
  const order: number[] = []
  const stack = [...(sorted[count] ?? [])].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    order.push(node)
    const below = sorted[node]
    if (below) for (let k = below.length - 1; k >= 0; k--) stack.push(below[k]!)
  }
  return order
}

/** Depth of each node below the top (0 at the top); null when parent links loop. */
function depths(parent: readonly number[]): Int32Array | null {
  const depth = new Int32Array(parent.length).fill(-1)
  const path: number[] = []
  for (let i = 0; i < parent.length; i++) {
    let at = i
    while (at >= 0 && depth[at] === -1) {
      path.push(at)
      if (path.length > parent.length) return null
      at = parent[at]!
    }
    let d = at < 0 ? -1 : depth[at]!
    while (path.length > 0) depth[path.pop()!] = ++d
  }
  return depth
}

/** A binary min-heap of node indices by their priority. */
class MinHeap {
  private readonly items: number[] = []
  constructor(private readonly priority: readonly number[]) {}
  get size(): number {
    return this.items.length
  }
  push(node: number): void {
    const items = this.items
    items.push(node)
    let i = items.length - 1
    while (i > 0) {
      const up = (i - 1) >> 1
      if (this.priority[items[up]!]! <= this.priority[node]!) break
      items[i] = items[up]!
      i = up
    }
    items[i] = node
  }
  pop(): number {
    const items = this.items
    const top = items[0]!
    const last = items.pop()!
    if (items.length > 0) {
      let i = 0
      while (true) {
        const left = 2 * i + 1
        if (left >= items.length) break
        const right = left + 1
        const child = right < items.length && this.priority[items[right]!]! < this.priority[items[left]!]! ? right : left
        if (this.priority[items[child]!]! >= this.priority[last]!) break
        items[i] = items[child]!
        i = child
      }
      items[i] = last
    }
    return top
  }
}
