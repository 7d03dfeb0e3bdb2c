// Which tool a file is written for: from its path first (where each tool looks for files),
// then from the frontmatter keys it uses.

import type { AgentFormat } from '../model'

/** The format implied by the path alone; 'generic' when the path says nothing. */
export function formatFromPath(path: string): AgentFormat {
  const p = '/' + (path.indexOf('\\') === -1 ? path : path.replace(/\\/g, '/')).toLowerCase()
  const base = p.slice(p.lastIndexOf('/') + 1)
  // Every folder below starts with a dot or is `opencode`: most paths have neither and skip the
  // searches of the whole path (same precedence as checking them all).
  const dirs = p.indexOf('/.') !== -1 || p.indexOf('/opencode/') !== -1
  if (base.endsWith('.agent.md') || (dirs && p.includes('/.github/agents/'))) return 'copilot-agent'
  if (base.endsWith('.chatmode.md') || (dirs && p.includes('/.github/chatmodes/'))) return 'copilot-chatmode'
  if (base.endsWith('.mdc') || (dirs && p.includes('/.cursor/rules/'))) return 'cursor-rule'
  if (!dirs) return base === 'skill.md' ? 'claude-skill' : 'generic'
  if (p.includes('/.claude/agents/')) return 'claude-agent'
  if (base === 'skill.md' || p.includes('/.claude/skills/')) return 'claude-skill'
  if (p.includes('/.claude/commands/')) return 'claude-command'
  if (p.includes('/.opencode/agent/') || p.includes('/.opencode/agents/') || p.includes('/opencode/agent/') || p.includes('/opencode/agents/')) return 'opencode-agent'
  if (p.includes('/.gemini/agents/')) return 'gemini-agent'
  return 'generic'
}

/** The format from the path, else from the keys the frontmatter uses. */
export function detectFormat(path: string, keys: readonly string[]): AgentFormat {
  const fromPath = formatFromPath(path)
  if (fromPath !== 'generic') return fromPath
  const has = (key: string): boolean => keys.includes(key) // a handful of keys: no Set
  if (has('globs') || has('alwaysApply')) return 'cursor-rule'
  if (has('max_turns') || has('timeout_mins')) return 'gemini-agent'
  if (has('mode') || has('temperature') || has('permission') || has('top_p')) return 'opencode-agent'
  if (has('handoffs') || has('target')) return 'copilot-agent'
  if (has('allowed-tools') || has('argument-hint')) return has('name') ? 'claude-skill' : 'claude-command'
  if (has('name') && has('description')) return 'claude-agent'
  return 'generic'
}
