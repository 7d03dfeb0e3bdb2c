import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFormat } from './detect-format'
import { fileStem, identityOf, normaliseIdentity } from './identity'

/** The format the path alone gives: no frontmatter keys to go by. */
const formatFromPath = (path: string): string => detectFormat(path, [])

describe('detectFormat from the path', () => {
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

  it.each([
    ['.claude/agents/x.agent.md', 'copilot-agent'],
    ['.cursor/rules/.claude/agents/a.md', 'cursor-rule'],
    ['.claude/agents/SKILL.md', 'claude-agent'],
    ['.github/chatmodes/x.md', 'copilot-chatmode'],
    ['x/opencode/agents/a.md', 'opencode-agent'],
    ['.claude/commands/skills/a.md', 'claude-command'],
    ['agents/a.md', 'generic'],
  ])('where rules meet, %s -> %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format)
  })

  it('reads a path the same whatever its separators, case and leading separator', () => {
    const part = fc.constantFrom('.github', 'agents', 'chatmodes', '.cursor', 'rules', '.claude', 'skills', 'commands', '.opencode', 'opencode', 'agent', '.gemini', 'Agents', 'x', '.config')
    const base = fc.constantFrom('a.md', 'a.agent.md', 'b.chatmode.md', 'c.mdc', 'SKILL.md', 'skill.md', 'X.Agent.MD', 'd.markdown')
    const path = fc.tuple(fc.array(part, { maxLength: 5 }), base).map(([dirs, b]) => [...dirs, b].join('/'))
    fc.assert(fc.property(path, (p) => {
      const format = formatFromPath(p)
      expect(formatFromPath(p.replace(/\//g, '\\'))).toBe(format)
      expect(formatFromPath(p.toUpperCase())).toBe(format)
      expect(formatFromPath('/' + p)).toBe(format)
    }), { numRuns: 1000 })
  })

  it('gives a file its extension\'s format wherever it lies, and a plain file outside tool folders none', () => {
    const dir = fc.array(fc.constantFrom('.claude', 'agents', 'x', 'rules', 'chatmodes', 'team'), { maxLength: 4 })
    fc.assert(fc.property(dir, fc.constantFrom(['a.agent.md', 'copilot-agent'], ['b.chatmode.md', 'copilot-chatmode'], ['c.mdc', 'cursor-rule']), (dirs, [base, format]) => {
      expect(formatFromPath([...dirs, base].join('/'))).toBe(format)
    }))
    fc.assert(fc.property(fc.array(fc.constantFrom('agents', 'x', 'rules', 'team', 'claude'), { maxLength: 4 }), (dirs) => {
      expect(formatFromPath([...dirs, 'a.md'].join('/'))).toBe('generic')
    }))
  })
})

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

describe('identity properties', () => {
  const part = fc.constantFrom('', 'a', 'pdf', 'SKILL.md', 'skill.md', 'x.agent.md', '.md', 'b.MDC', 'c.markdown', 'team', '..')

  it('fileStem is the last part of the path, whatever the separators and trailing ones', () => {
    const path = fc.tuple(fc.array(part, { maxLength: 5 }), fc.boolean()).map(([parts, trailing]) => parts.join('/') + (trailing ? '/' : ''))
    fc.assert(fc.property(path, (p) => {
      const stem = fileStem(p)
      expect(fileStem(p.replace(/\//g, '\\'))).toBe(stem)
      expect(stem).not.toContain('/')
      const parts = p.split('/').filter((x) => x.length > 0)
      const last = parts[parts.length - 1] ?? ''
      if (last.toLowerCase() !== 'skill.md' || parts.length < 2) expect(last.startsWith(stem)).toBe(true)
      else expect(stem).toBe(parts[parts.length - 2])
    }), { numRuns: 2000 })
  })

  it('fileStem drops one known extension: name + extension -> name', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9_ -]{1,12}$/)
    const ext = fc.constantFrom('.agent.md', '.chatmode.md', '.prompt.md', '.instructions.md', '.mdc', '.md', '.markdown', '.MD')
    fc.assert(fc.property(fc.array(part, { maxLength: 3 }), name, ext, (dirs, n, e) => {
      expect(fileStem([...dirs, n + e].join('/'))).toBe(n)
    }))
  })

  it('normaliseIdentity gives lowercase words joined by single hyphens, and is stable', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', '1', '-', '_', ' ', '\t', '"', "'", '`', 'é', 'İ'), maxLength: 12 })
    fc.assert(fc.property(text, (s) => {
      const id = normaliseIdentity(s)
      expect(id).not.toMatch(/["'`_ \t]|--|^-|-$/)
      expect(id).toBe(id.toLowerCase())
      expect(normaliseIdentity(id)).toBe(id)
      expect(normaliseIdentity(` ${s.replace(/-/g, '_')}\t`)).toBe(id)
    }), { numRuns: 2000 })
  })

  it('normaliseIdentity is idempotent on any text, unicode spaces and quotes included', () => {
    // Every character `String.prototype.trim` removes, so a space next to a dropped quote cannot
    // survive one pass and be trimmed by the next.
    const spaces = ['\u00a0', '\u1680', '\u2000', '\u2007', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\n', '\r', '\v', '\f']
    const special = fc.constantFrom(' ', '\t', '-', '_', '"', "'", '`', ...spaces)
    const unit = fc.oneof(special, fc.constantFrom('a', 'Z', '9', 'é', 'İ', 'ß', 'Σ'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }))
    const text = fc.string({ unit, maxLength: 16 })
    fc.assert(fc.property(text, (s) => {
      const id = normaliseIdentity(s)
      expect(normaliseIdentity(id)).toBe(id)
      expect(id).not.toMatch(/\s|["'`_]|--|^-|-$/)
    }), { numRuns: 2000 })
  })

  it.each([
    ['a\u00a0`', 'a'],
    ['a-\u00a0"', 'a'],
    ['Code\u00a0Reviewer', 'code-reviewer'],
    ['`\u3000x\u2003y\u3000`', 'x-y'],
  ])('normaliseIdentity(%j) = %j: unicode spaces are separators', (input, expected) => {
    expect(normaliseIdentity(input)).toBe(expected)
  })
})
