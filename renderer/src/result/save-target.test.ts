import { describe, expect, it } from 'vitest'
import type { AgentDocument } from '../../../shared/engine/model'
import { sourceIndexOf, suggestedSavePath } from './save-target'

function doc(path: string, identity: string): AgentDocument {
  return { path, identity } as AgentDocument
}

describe('suggestedSavePath', () => {
  it('suggests <identity>.md in the first variant folder', () => {
    expect(suggestedSavePath([doc('/w/a/agent-one.md', 'backend-architect'), doc('/w/b/x.md', 'backend-architect')])).toBe(
      '/w/a/backend-architect.md',
    )
  })

  it('never suggests a source itself', () => {
    const docs = [doc('/w/a/backend-architect.md', 'backend-architect'), doc('/w/a/backend-architect.merged.md', 'backend-architect')]
    expect(suggestedSavePath(docs)).toBe('/w/a/backend-architect.merged-2.md')
  })

  it('keeps the format extension and makes the name file-safe', () => {
    expect(suggestedSavePath([doc('/r/.github/agents/Some Agent.agent.md', 'some agent/x')])).toBe('/r/.github/agents/some-agent-x.agent.md')
    expect(suggestedSavePath([doc('C:\\r\\rules\\x.mdc', 'x')])).toBe('C:\\r\\rules\\x.merged.mdc')
  })
})

describe('sourceIndexOf', () => {
  it('matches paths across separators and doubled slashes', () => {
    expect(sourceIndexOf(['/a/b.md', '/a/c.md'], '/a//c.md')).toBe(1)
    expect(sourceIndexOf(['C:\\a\\b.md', 'C:\\a\\c.md'], 'C:/a//c.md')).toBe(1)
    expect(sourceIndexOf(['/a/b.md'], '/a/d.md')).toBe(-1)
  })
})
