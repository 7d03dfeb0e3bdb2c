// ADAPTER: the engine's `formatFromPath` (shared/engine/parse/detect-format.ts) had not landed
// when the scanner was written. This gives the same kind of path-only guess; replace the body
// with a call to the engine's function once it exists.

import type { AgentFormat } from '../../shared/engine/model'

export function formatHintFromPath(path: string): AgentFormat {
  const p = path.replace(/\\/g, '/').toLowerCase()
  const name = p.slice(p.lastIndexOf('/') + 1)
  if (name.endsWith('.mdc') || p.includes('/.cursor/rules/')) return 'cursor-rule'
  if (name.endsWith('.chatmode.md') || p.includes('/.github/chatmodes/')) return 'copilot-chatmode'
  if (name.endsWith('.agent.md') || p.includes('/.github/agents/')) return 'copilot-agent'
  if (name === 'skill.md' || p.includes('/.claude/skills/')) return 'claude-skill'
  if (p.includes('/.claude/commands/')) return 'claude-command'
  if (p.includes('/.claude/agents/')) return 'claude-agent'
  if (/\/\.opencode\/agents?\//.test(p)) return 'opencode-agent'
  if (p.includes('/.gemini/agents/')) return 'gemini-agent'
  return 'generic'
}
