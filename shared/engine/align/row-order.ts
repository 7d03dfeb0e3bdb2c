// The order constraints between section rows: within each variant its sections keep their order,
// and a row comes after its parent row. Used to join rows across parents (join-across-parents.ts):
// two rows may become one only if no path leads from one to the other, and only if the rows can
// still be ordered as a document is: each row's whole subtree right after it, so that a section
// from elsewhere lands before or after a subtree, never between a heading and its subsections.

/** Constraint edges between nodes 0..count-1, packed: the nodes that must come after node `a` are
 *  `to[start[a]]` up to (not including) `to[start[a + 1]]`. Flat arrays, for thousands of rows. */
export interface Edges {
  readonly start: Int32Array
  readonly to: Int32Array
}

/** Collects constraints `a` before `b` (at most `maxPairs` of them), then packs them as Edges
 *  keeping each node's in the order added. */
export class EdgeBuilder {
  private readonly pairs: Int32Array
  private size = 0
  constructor(maxPairs: number) {
    this.pairs = new Int32Array(2 * maxPairs)
  }

  add(a: number, b: number): void {
    this.pairs[this.size++] = a
    this.pairs[this.size++] = b
  }

  build(count: number): Edges {
    const pairs = this.pairs
    const start = new Int32Array(count + 1)
    for (let k = 0; k < this.size; k += 2) start[pairs[k]! + 1]!++
    for (let a = 0; a < count; a++) start[a + 1]! += start[a]!
    const fill = start.slice(0, count)
    const to = new Int32Array(this.size / 2)
    for (let k = 0; k < this.size; k += 2) to[fill[pairs[k]!]!++] = pairs[k + 1]!
    return { start, to }
  }
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
export function treeOrder(parent: ArrayLike<number>, priority: ArrayLike<number>, next: Edges): number[] | null {
  const count = parent.length
  const depth = depths(parent)
  if (depth === null) return null
  const branches = new EdgeBuilder(next.to.length)
  const indegree = new Int32Array(count)
  for (let a = 0; a < count; a++) {
    for (let k = next.start[a]!; k < next.start[a + 1]!; k++) {
      const b = next.to[k]!
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
      branches.add(x, y)
      indegree[y]!++
    }
  }
  const successors = branches.build(count)
  // Each parent's children, in index order, packed as the edges are; `count` stands for the top.
  const top = count
  const childOf = new EdgeBuilder(count)
  for (let i = 0; i < count; i++) childOf.add(parent[i]! < 0 ? top : parent[i]!, i)
  const children = childOf.build(count + 1)
  const sorted = new Int32Array(count) // each parent's children in their order, at the same places
  const free = new MinHeap(priority)
  for (let p = 0; p <= count; p++) {
    const [from, end] = [children.start[p]!, children.start[p + 1]!]
    for (let k = from; k < end; k++) if (indegree[children.to[k]!] === 0) free.push(children.to[k]!)
    let out = from
    while (free.size > 0) {
      const c = free.pop()
      sorted[out++] = c
      for (let k = successors.start[c]!; k < successors.start[c + 1]!; k++) if (--indegree[successors.to[k]!]! === 0) free.push(successors.to[k]!)
    }
    if (out < end) return null // the branches' constraints form a cycle
  }
  const order: number[] = []
  const stack: number[] = []
  const pushChildren = (p: number): void => {
    for (let k = children.start[p + 1]! - 1; k >= children.start[p]!; k--) stack.push(sorted[k]!)
  }
  pushChildren(top)
  while (stack.length > 0) {
    const node = stack.pop()!
    order.push(node)
    pushChildren(node)
  }
  return order
}

/** Depth of each node below the top (0 at the top); null when parent links loop. */
function depths(parent: ArrayLike<number>): Int32Array | null {
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
  constructor(private readonly priority: ArrayLike<number>) {}
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
