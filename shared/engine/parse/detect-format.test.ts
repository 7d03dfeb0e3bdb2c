import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFormat, formatFromPath } from './detect-format'
import { fileStem, identityOf, normaliseIdentity } from './identity'

describe('formatFromPath', () => {
  it.each([
    ['/home/u/project/.claude/agents/code-reviewer.md', 'claude-agent'],
    ['C:\\work\\.claude\\agents\\team\\x.md', 'claude-agent'],
    ['.claude/skills/pdf/SKILL.md', 'claude-skill'],
    ['plugins/x/skills/pdf/SKILL.md', 'claude-skill'],
    ['.claude/commands/git/commit.md', 'claude-command'],
    ['.opencode/agent/review.md', 'opencode-agent'],
    ['/home/u/.config/opencode/agent/review.md', 'opencode-agent'],
    ['agents/specification.agent.md', 'copilot-agent'],
    ['.github/agents/x.md', 'copilot-agent'],
    ['chatmodes/x.chatmode.md', 'copilot-chatmode'],
    ['rules/react.mdc', 'cursor-rule'],
    ['.cursor/rules/react.md', 'cursor-rule'],
    ['.gemini/agents/x.md', 'gemini-agent'],
    ['plugins/backend/agents/backend-architect.md', 'generic'],
  ])('%s -> %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format)
  })

  it('gives what checking every rule in order gives, for paths built from the telling parts', () => {
    const part = fc.constantFrom('.github', 'agents', 'chatmodes', '.cursor', 'rules', '.claude', 'skills', 'commands', '.opencode', 'opencode', 'agent', '.gemini', 'Agents', 'x', '.config')
    const base = fc.constantFrom('a.md', 'a.agent.md', 'b.chatmode.md', 'c.mdc', 'SKILL.md', 'skill.md', 'X.Agent.MD', 'd.markdown')
    const path = fc.tuple(fc.array(part, { maxLength: 5 }), base, fc.constantFrom('/', '\\'), fc.boolean()).map(([dirs, b, sep, absolute]) => (absolute ? sep : '') + [...dirs, b].join(sep))
    fc.assert(fc.property(path, (p) => {
      expect(formatFromPath(p)).toBe(referenceFormatFromPath(p))
    }), { numRuns: 3000 })
  })
})

/** The rules checked one by one in order, as first written. */
function referenceFormatFromPath(path: string): string {
  const p = '/' + path.replace(/\\/g, '/').toLowerCase()
  const base = p.slice(p.lastIndexOf('/') + 1)
  if (base.endsWith('.agent.md') || p.includes('/.github/agents/')) return 'copilot-agent'
  if (base.endsWith('.chatmode.md') || p.includes('/.github/chatmodes/')) return 'copilot-chatmode'
  if (base.endsWith('.mdc') || p.includes('/.cursor/rules/')) return 'cursor-rule'
  if (p.includes('/.claude/agents/')) return 'claude-agent'
  if (base === 'skill.md' || p.includes('/.claude/skills/')) return 'claude-skill'
  if (p.includes('/.claude/commands/')) return 'claude-command'
  if (p.includes('/.opencode/agent/') || p.includes('/.opencode/agents/') || p.includes('/opencode/agent/') || p.includes('/opencode/agents/')) return 'opencode-agent'
  if (p.includes('/.gemini/agents/')) return 'gemini-agent'
  return 'generic'
}

describe('detectFormat', () => {
  it.each([
    [['name', 'description', 'tools'], 'claude-agent'],
    [['description', 'globs', 'alwaysApply'], 'cursor-rule'],
    [['description', 'mode', 'model'], 'opencode-agent'],
    [['description', 'temperature'], 'opencode-agent'],
    [['name', 'description', 'handoffs'], 'copilot-agent'],
    [['name', 'description', 'allowed-tools'], 'claude-skill'],
    [['description', 'argument-hint'], 'claude-command'],
    [['name', 'description', 'temperature', 'max_turns'], 'gemini-agent'],
    [['description'], 'generic'],
    [[], 'generic'],
  ])('keys %j -> %s', (keys, format) => {
    expect(detectFormat('some/dir/x.md', keys)).toBe(format)
  })

  it('prefers the path over the keys', () => {
    expect(detectFormat('.github/agents/x.agent.md', ['name', 'description'])).toBe('copilot-agent')
  })
})

describe('identity', () => {
  it.each([
    ['Backend_Architect ', 'backend-architect'],
    ['"code reviewer"', 'code-reviewer'],
    ["'debugger'", 'debugger'],
    ['  A  -  B ', 'a-b'],
    ['', ''],
  ])('normaliseIdentity(%j) = %j', (input, expected) => {
    expect(normaliseIdentity(input)).toBe(expected)
  })

  it('uses the name where the format does, else the file name', () => {
    expect(identityOf('claude-agent', 'Code_Reviewer', 'a/b/whatever.md')).toBe('code-reviewer')
    expect(identityOf('gemini-agent', 'x', 'a/y.md')).toBe('x')
    expect(identityOf('copilot-agent', 'Pretty Name', 'agents/prompt-engineer.agent.md')).toBe('prompt-engineer')
    expect(identityOf('copilot-chatmode', null, 'chatmodes/Spec.chatmode.md')).toBe('spec')
    expect(identityOf('cursor-rule', null, 'rules/React_Rules.mdc')).toBe('react-rules')
    expect(identityOf('claude-agent', '   ', 'agents/fallback.md')).toBe('fallback')
    expect(identityOf('claude-skill', null, '.claude/skills/pdf-tools/SKILL.md')).toBe('pdf-tools')
  })

  it('strips known extensions only', () => {
    expect(fileStem('a/x.agent.md')).toBe('x')
    expect(fileStem('a/x.instructions.md')).toBe('x')
    expect(fileStem('a/x.txt')).toBe('x.txt')
    expect(fileStem('a/.md')).toBe('.md')
  })
})

describe('identity fast paths', () => {
  /** fileStem and normaliseIdentity as first written (split the whole path; one character at a time). */
  const referenceFileStem = (path: string): string => {
    const parts = path.replace(/\\/g, '/').split('/').filter((p) => p.length > 0)
    const base = parts[parts.length - 1] ?? ''
    if (base.toLowerCase() === 'skill.md' && parts.length > 1) return parts[parts.length - 2]!
    const lower = base.toLowerCase()
    for (const ext of ['.agent.md', '.chatmode.md', '.prompt.md', '.instructions.md', '.mdc', '.md', '.markdown']) if (lower.endsWith(ext) && lower.length > ext.length) return base.slice(0, -ext.length)
    return base
  }
  const referenceNormalise = (s: string): string => {
    let out = ''
    for (const ch of s.trim().toLowerCase()) {
      if (ch === '"' || ch === "'" || ch === '`') continue
      if (ch === ' ' || ch === '_' || ch === '\t' || ch === '-') {
        if (out.length > 0 && !out.endsWith('-')) out += '-'
      } else out += ch
    }
    return out.endsWith('-') ? out.slice(0, -1) : out
  }

  it('fileStem equals splitting the whole path', () => {
    const part = fc.constantFrom('', 'a', 'pdf', 'SKILL.md', 'skill.md', 'x.agent.md', '.md', 'b.MDC', 'c.markdown', 'team', '..')
    const path = fc.tuple(fc.array(part, { maxLength: 5 }), fc.constantFrom('/', '\\'), fc.boolean()).map(([parts, sep, trailing]) => parts.join(sep) + (trailing ? sep : ''))
    fc.assert(fc.property(path, (p) => {
      expect(fileStem(p)).toBe(referenceFileStem(p))
    }), { numRuns: 3000 })
  })

  it('normaliseIdentity equals the character loop', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', '1', '-', '_', ' ', '\t', '"', "'", '`', 'é', 'İ', '\u00a0'), maxLength: 12 })
    fc.assert(fc.property(text, (s) => {
      expect(normaliseIdentity(s)).toBe(referenceNormalise(s))
    }), { numRuns: 3000 })
  })
})
