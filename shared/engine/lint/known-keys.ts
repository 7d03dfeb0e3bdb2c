// What each tool reads from the frontmatter: required keys, known keys, known model names.
// Sources: the tools' documentation as summarised in docs/agent-formats.md.

import type { AgentFormat } from '../model'

export const REQUIRED_KEYS: { readonly [F in AgentFormat]: readonly (readonly string[])[] } = {
  // Each inner list is "one of these"; every inner list must be satisfied.
  'claude-agent': [['name'], ['description']],
  'claude-skill': [['description']],
  'claude-command': [],
  'opencode-agent': [['description']],
  'copilot-agent': [['description']],
  'copilot-chatmode': [['description']],
  'cursor-rule': [['description', 'globs', 'alwaysApply']],
  'gemini-agent': [['name'], ['description']],
  generic: [],
}

export const KNOWN_KEYS: { readonly [F in AgentFormat]: readonly string[] } = {
  'claude-agent': ['name', 'description', 'tools', 'disallowedTools', 'model', 'color', 'permissionMode', 'maxTurns', 'skills', 'hooks', 'mcpServers', 'memory'],
  'claude-skill': ['name', 'description', 'allowed-tools', 'argument-hint', 'model', 'license', 'metadata', 'version', 'disable-model-invocation', 'user-invocable', 'context', 'agent', 'hooks'],
  'claude-command': ['description', 'allowed-tools', 'argument-hint', 'model', 'disable-model-invocation', 'name'],
  'opencode-agent': ['description', 'mode', 'model', 'temperature', 'top_p', 'tools', 'permission', 'prompt', 'disable', 'maxSteps', 'color'],
  'copilot-agent': ['name', 'description', 'tools', 'model', 'handoffs', 'target', 'argument-hint', 'mcp-servers', 'infer', 'metadata'],
  'copilot-chatmode': ['description', 'tools', 'model'],
  'cursor-rule': ['description', 'globs', 'alwaysApply'],
  'gemini-agent': ['name', 'description', 'tools', 'model', 'temperature', 'max_turns', 'timeout_mins', 'kind'],
  generic: [],
}

/** Every key any supported tool reads. */
export const ALL_KNOWN_KEYS: ReadonlySet<string> = new Set(Object.values(KNOWN_KEYS).flat())

export const CLAUDE_MODEL_ALIASES: readonly string[] = ['sonnet', 'opus', 'haiku', 'inherit']

/** Labels that appear at column 0 inside a multi-line example description, not real keys. */
export const CONVERSATION_LABELS: ReadonlySet<string> = new Set([
  'user', 'assistant', 'context', 'commentary', 'example', 'examples', 'human', 'ai', 'note', 'response', 'input', 'output',
])

/** Formats whose `name` is the agent's identity and must be lowercase words joined by hyphens. */
export const NAMED_FORMATS: ReadonlySet<AgentFormat> = new Set(['claude-agent', 'claude-skill', 'gemini-agent'])

/** Formats that read Claude model names. */
export const CLAUDE_MODEL_FORMATS: ReadonlySet<AgentFormat> = new Set(['claude-agent', 'claude-skill', 'claude-command'])
