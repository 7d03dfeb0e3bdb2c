import { describe, expect, it } from 'vitest'
import type { SidebarModel } from './sidebar-model'
import { horizontalMove, treeRows } from './tree-rows'

const file = (path: string, mergedResult = false) => ({ path, label: path, folder: '', identity: null, problem: null, mergedResult })
const model: SidebarModel = {
  groups: [{ id: 'g1', name: 'a', files: [file('/a1'), file('/a2')], results: [file('/m', true)], similarity: 0.5 }],
  suggestions: [],
  singles: [file('/s1')],
  order: ['/a1', '/a2', '/m', '/s1'],
  total: 4,
}

describe('tree rows', () => {
  it('lists expanded groups with their files and merged results, then singles', () => {
    expect(treeRows(model, () => true).map((r) => r.id)).toEqual([
      'section:groups', 'group:g1', 'file:g1:/a1', 'file:g1:/a2', 'result:g1:/m', 'section:singles', 'file::/s1',
    ])
    expect(treeRows(model, () => false).map((r) => r.id)).toEqual(['section:groups', 'group:g1', 'section:singles', 'file::/s1'])
  })

  it('Right expands a closed group then enters it; Left collapses it or goes to the parent', () => {
    const closed = treeRows(model, () => false)
    expect(horizontalMove(closed, 1, 'ArrowRight')).toEqual({ kind: 'expand', groupId: 'g1', expand: true })
    const open = treeRows(model, () => true)
    expect(horizontalMove(open, 1, 'ArrowRight')).toEqual({ kind: 'focus', index: 2 })
    expect(horizontalMove(open, 1, 'ArrowLeft')).toEqual({ kind: 'expand', groupId: 'g1', expand: false })
    expect(horizontalMove(open, 3, 'ArrowLeft')).toEqual({ kind: 'focus', index: 1 })
    expect(horizontalMove(open, 4, 'ArrowLeft')).toEqual({ kind: 'focus', index: 1 })
    expect(horizontalMove(open, 6, 'ArrowLeft')).toBeNull()
  })

  it('names in a group the folder that tells same-named files apart, not their shared folders', () => {
    const f = (path: string, folder: string) => ({ path, label: 'f.md', folder, identity: null, problem: null, mergedResult: false })
    const files = [f('/r/x/.claude/agents/f.md', 'x/.claude/agents'), f('/r/y/.claude/agents/f.md', 'y/.claude/agents')]
    const grouped: SidebarModel = { groups: [{ id: 'g', name: 'f', files, results: [], similarity: 1 }], suggestions: [], singles: [], order: [], total: 2 }
    const folders = treeRows(grouped, () => true).flatMap((r) => (r.kind === 'file' ? [r.folder] : []))
    expect(folders).toEqual(['x', 'y'])
  })
})
