// Test support: families of agent files with nested headings, the way real variants differ in
// structure: one drops a subtree, one lifts a heading's subsections to its level (drops the
// heading), one adds sections of its own anywhere, one moves a subsection elsewhere.

import fc from 'fast-check'

const TITLES = ['Core Expertise', 'Data Pipelines', 'Warehousing', 'Streaming', 'Data Quality', 'Validation', 'Lineage', 'Security', 'Cloud Platforms', 'Testing', 'Deployment', 'Monitoring', 'Examples', 'Principles']
const WORDS = ['pipeline', 'batch', 'stream', 'schema', 'lineage', 'quality', 'cloud', 'test', 'deploy', 'monitor', 'kafka', 'spark', 'dbt', 'airflow']

export interface TreeNode {
  readonly title: string
  readonly body: string
  readonly children: readonly TreeNode[]
}

const body = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 8 }).map((w) => w.join(' '))

const leaf: fc.Arbitrary<TreeNode> = fc.record({ title: fc.constantFrom(...TITLES), body, children: fc.constant([]) })

const node = (depth: number): fc.Arbitrary<TreeNode> =>
  depth <= 0 ? leaf : fc.record({ title: fc.constantFrom(...TITLES), body, children: fc.array(node(depth - 1), { maxLength: 3 }) })

export const forest: fc.Arbitrary<TreeNode[]> = fc.array(node(2), { minLength: 1, maxLength: 4 })

/** Markdown with ATX headings from `top` down; a body per heading. */
export function renderTree(nodes: readonly TreeNode[], top = 2): string {
  const lines: string[] = ['---', 'name: data-engineer', '---', '', 'You are a data engineer.', '']
  const walk = (list: readonly TreeNode[], level: number): void => {
    for (const n of list) {
      lines.push(`${'#'.repeat(Math.min(6, level))} ${n.title}`, n.body, '')
      walk(n.children, level + 1)
    }
  }
  walk(nodes, top)
  return lines.join('\n')
}

type Edit =
  | { readonly kind: 'drop'; readonly at: number }
  | { readonly kind: 'lift'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly node: TreeNode }
  | { readonly kind: 'move'; readonly at: number; readonly to: number }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('lift' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), node: node(1) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
)

/** Every node with the list that holds it, in document order. */
function slots(nodes: readonly TreeNode[]): { list: TreeNode[]; index: number }[] {
  const out: { list: TreeNode[]; index: number }[] = []
  const walk = (list: TreeNode[]): void =>
    list.forEach((n, index) => {
      out.push({ list, index })
      walk(n.children as TreeNode[])
    })
  walk(nodes as TreeNode[])
  return out
}

function clone(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.map((n) => ({ ...n, children: clone(n.children) }))
}

export function applyEdit(nodes: readonly TreeNode[], e: Edit): TreeNode[] {
  const tree = clone(nodes)
  const all = slots(tree)
  if (all.length === 0) return e.kind === 'add' ? [e.node] : tree
  const { list, index } = all[e.at % all.length]!
  const target = list[index]!
  if (e.kind === 'drop') list.splice(index, 1)
  else if (e.kind === 'lift') list.splice(index, 1, ...target.children) // the heading goes, its subsections move up a level
  else if (e.kind === 'add') list.splice(index + (e.at % 2), 0, e.node)
  else {
    list.splice(index, 1)
    const rest = slots(tree)
    if (rest.length === 0) return [target]
    const to = rest[e.to % rest.length]!
    to.list.splice(to.index + 1, 0, target)
  }
  return tree
}

/** A family of 2-4 variants: one base and edited copies. */
export const treeFamily: fc.Arbitrary<string[]> = fc
  .tuple(forest, fc.array(fc.tuple(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.constantFrom(1, 2, 2, 3)), { minLength: 1, maxLength: 3 }))
  .map(([base, variants]) => [renderTree(base), ...variants.map(([edits, top]) => renderTree(edits.reduce(applyEdit, base), top))])
