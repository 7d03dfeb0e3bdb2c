import { describe, expect, it } from 'vitest'
import { findDuplicateNames, liveCopies, toolFolderOf } from './live-copy'

describe('toolFolderOf', () => {
  it('finds the innermost tool folder, its project, and the user folder', () => {
    expect(toolFolderOf('/p/.claude/agents/sub/a.md')).toEqual({ tool: 'claude-agents', folder: '/p/.claude/agents', project: '/p', user: false })
    expect(toolFolderOf('/home/u/.claude/agents/a.md', { homeDir: '/home/u/' })?.user).toBe(true)
    expect(toolFolderOf('/home/u/.config/opencode/agent/a.md', { homeDir: '/home/u' })).toMatchObject({ tool: 'opencode-agents', project: '/home/u', user: true })
    expect(toolFolderOf('collections/wshobson__agents/plugins/x/agents/a.md')).toBeNull()
  })
})

describe('liveCopies', () => {
  it('same folder: one of these, by read order, and a collision', () => {
    const report = liveCopies(['/p/.claude/agents/a.md', '/p/.claude/agents/team/a.md'])
    expect(report.collision).toBe(true)
    expect(report.tools[0]).toMatchObject({ tool: 'claude-agents', live: null, collision: true })
    expect(report.tools[0]!.explanation).toMatch(/^one of these, by read order/)
  })
  it('nested projects: the closest wins; a project wins over the user folder', () => {
    const nested = liveCopies(['/p/.claude/agents/a.md', '/p/sub/.claude/agents/a.md'])
    expect(nested.tools[0]).toMatchObject({ live: '/p/sub/.claude/agents/a.md', collision: false })
    const user = liveCopies(['/home/u/.claude/agents/a.md', '/home/u/work/.claude/agents/a.md'], { homeDir: '/home/u' })
    expect(user.tools[0]).toMatchObject({ live: '/home/u/work/.claude/agents/a.md', collision: false })
    expect(user.tools[0]!.explanation).toMatch(/a project's folder wins over the user's/)
  })
  it('separate projects and files in no tool folder', () => {
    const report = liveCopies(['/p/.claude/agents/a.md', '/q/.claude/agents/a.md', '/dl/a.md', '/p/.cursor/rules/a.mdc'])
    expect(report.notLoaded).toEqual(['/dl/a.md'])
    expect(report.tools.find((t) => t.tool === 'claude-agents')).toMatchObject({ live: null, collision: false })
    expect(report.tools.find((t) => t.tool === 'cursor-rules')).toMatchObject({ live: '/p/.cursor/rules/a.mdc' })
  })
})

describe('findDuplicateNames', () => {
  it('lists names defined more than once and which collide inside one tool folder', () => {
    const dups = findDuplicateNames([
      { path: '/p/.claude/agents/a.md', name: 'a' },
      { path: '/p/.claude/agents/x/a2.md', name: 'a' },
      { path: '/lib/a.md', name: 'a' },
      { path: '/lib/b.md', name: 'b' },
      { path: '/lib/z/c.md', name: 'c' },
      { path: '/lib/y/c.md', name: 'c' },
    ])
    expect(dups.map((d) => d.name)).toEqual(['a', 'c'])
    expect(dups[0]!.collisions).toEqual([{ folder: '/p/.claude/agents', tool: 'claude-agents', files: ['/p/.claude/agents/a.md', '/p/.claude/agents/x/a2.md'] }])
    expect(dups[1]!.collisions).toEqual([])
  })
})
