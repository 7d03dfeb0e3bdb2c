// Which tool a file is written for: from its path first (where each tool looks for files),
// then from the frontmatter keys it uses.

import { forwardSlashes } from '../forward-slashes'
import type { AgentFormat } from '../model'

/** The format implied by the path alone; 'generic' when the path says nothing. */
function formatFromPath(path: string): AgentFormat {
  const slashed = forwardSlashes(path)
  const base = slashed.slice(slashed.lastIndexOf('/') + 1).toLowerCase()
  // Every folder below starts with a dot or is `opencode`: most paths have neither, and then only
  // the file name matters (and only it is lowercased, not the whole long path).
  if (slashed[0] !== '.' && slashed.indexOf('/.') === -1 && !OPENCODE_FOLDER.test(slashed)) {
    if (base.endsWith('.agent.md')) return 'copilot-agent'
    if (base.endsWith('.chatmode.md')) return 'copilot-chatmode'
    if (base.endsWith('.mdc')) return 'cursor-rule'
    return base === 'skill.md' ? 'claude-skill' : 'generic'
  }
  const p = '/' + slashed.toLowerCase()
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

const OPENCODE_FOLDER = /(?:^|\/)opencode\//i

/** The format from the path, else from the keys the frontmatter uses. */
export function detectFormat(path: string, keys: readonly string[]): AgentFormat {
  const fromPath = formatFromPath(path)
  if (fromPath !== 'generic') return fromPath
  // (a handful of keys: `includes`, no Set)
  if (keys.includes('globs') || keys.includes('alwaysApply')) return 'cursor-rule'
  if (keys.includes('max_turns') || keys.includes('timeout_mins')) return 'gemini-agent'
  if (keys.includes('mode') || keys.includes('temperature') || keys.includes('permission') || keys.includes('top_p')) return 'opencode-agent'
  if (keys.includes('handoffs') || keys.includes('target')) return 'copilot-agent'
  if (keys.includes('allowed-tools') || keys.includes('argument-hint')) return keys.includes('name') ? 'claude-skill' : 'claude-command'
  if (keys.includes('name') && keys.includes('description')) return 'claude-agent'
  return 'generic'
}
