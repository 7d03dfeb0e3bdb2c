import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clusterByName } from '../group/cluster-by-name'
import { isValidAgentName, suggestRenames, toAgentName } from './suggest-renames'

describe('suggestRenames', () => {
  it('prefixes each name with its folder or collection, renaming files that carry the name', () => {
    const out = suggestRenames([
      { path: 'wshobson__agents/plugins/api-scaffolding/agents/backend-architect.md', name: 'backend-architect' },
      { path: 'lst97__claude-code-sub-agents/agents/development/backend-architect.md', name: 'backend-architect' },
      { path: 'davepoon__claude-code-subagents-collection/subagents/server-design.md', name: 'backend-architect' },
    ])
    expect(out.map((r) => r.newName)).toEqual(['api-scaffolding-backend-architect', 'development-backend-architect', 'davepoon-backend-architect'])
    expect(out[0]).toMatchObject({ fileCarriesName: true, newPath: 'wshobson__agents/plugins/api-scaffolding/agents/api-scaffolding-backend-architect.md', from: 'api-scaffolding' })
    expect(out[2]).toMatchObject({ fileCarriesName: false, newPath: 'davepoon__claude-code-subagents-collection/subagents/server-design.md' })
  })

  it('renames a file whose name is the end of its agent name, so the renamed files no longer group', () => {
    // wshobson's plugins: `plugins/<plugin>/agents/debugger.md` named `<plugin>-debugger` groups
    // with every `debugger` by its file name; a new `name` alone left it in the group.
    const files = [
      { path: 'wshobson__agents/plugins/debugging-toolkit/agents/debugger.md', name: 'debugging-toolkit-debugger' },
      { path: 'wshobson__agents/plugins/error-debugging/agents/debugger.md', name: 'error-debugging-debugger' },
      { path: 'lst97/agents/quality-testing/debugger.md', name: 'debugger' },
    ]
    const out = suggestRenames(files)
    expect(out[0]).toMatchObject({ newName: 'wshobson-debugging-toolkit-debugger', fileCarriesName: true, newPath: 'wshobson__agents/plugins/debugging-toolkit/agents/wshobson-debugging-toolkit-debugger.md' })
    expect(clusterByName(files.map((f) => ({ path: f.path, identity: f.name }))).filter((c) => c.members.length > 1)).toHaveLength(1)
    const renamed = out.map((r) => ({ path: r.newPath, identity: r.newName }))
    expect(clusterByName(renamed).filter((c) => c.members.length > 1)).toEqual([])
  })

  it('goes one folder further up when the nearest one is shared, and skips folders the name already says', () => {
    const out = suggestRenames([
      { path: 'voltagent/categories/04-quality-security/code-reviewer.md', name: 'code-reviewer' },
      { path: 'other/categories/04-quality-security/code-reviewer.md', name: 'code-reviewer' },
      { path: 'x/code/code-reviewer.md', name: 'code-reviewer' },
    ])
    expect(out.map((r) => r.newName)).toEqual(['quality-security-code-reviewer', 'other-code-reviewer', 'x-code-reviewer'])
  })

  it('never takes a name the library already uses; keeps the extension and renames a skill folder', () => {
    const out = suggestRenames(
      [
        { path: 'a/.claude/agents/helper.agent.md', name: 'helper' },
        { path: 'b/.claude/skills/helper/SKILL.md', name: 'helper' },
      ],
      new Set(['a-helper']),
    )
    expect(out[0]!.newName).not.toBe('a-helper')
    expect(out[0]!.newPath).toMatch(/\/[a-z0-9-]+\.agent\.md$/)
    expect(out[1]).toMatchObject({ newName: 'b-helper', fileCarriesName: true, newPath: 'b/.claude/skills/b-helper/SKILL.md' })
  })

  it('always gives valid, distinct names (property)', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9 _.~-]{1,14}$/)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(segment, { maxLength: 4 }), segment), { minLength: 2, maxLength: 6 }), fc.stringMatching(/^[A-Za-z _-]{0,80}$/), (files, name) => {
        const out = suggestRenames(files.map(([dirs, file]) => ({ path: [...dirs, `${file}.md`].join('/'), name })))
        for (const r of out) expect(isValidAgentName(r.newName), r.newName).toBe(true)
        expect(new Set(out.map((r) => r.newName)).size).toBe(out.length)
      }),
      { numRuns: 200 },
    )
  })

  it('toAgentName follows the rules', () => {
    expect(toAgentName('My Agent_v2!')).toBe('my-agent-v2')
    expect(isValidAgentName('my-agent-v2')).toBe(true)
    expect(isValidAgentName('My-Agent')).toBe(false)
    expect(isValidAgentName('a--b')).toBe(false)
  })
})
