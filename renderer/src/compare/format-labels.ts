// What each agent format is called: in full (details, tooltips) and short (column header chips).
import type { AgentDocument } from '../../../shared/engine/model'

export const FORMAT_LABEL: Record<AgentDocument['format'], string> = {
  'claude-agent': 'Claude agent',
  'claude-skill': 'Claude skill',
  'claude-command': 'Claude command',
  'opencode-agent': 'OpenCode agent',
  'copilot-agent': 'Copilot agent',
  'copilot-chatmode': 'Copilot chat mode',
  'cursor-rule': 'Cursor rule',
  'gemini-agent': 'Gemini agent',
  generic: 'Markdown',
}

/** Short forms for the header chip (the full name is its tooltip). */
export const FORMAT_SHORT: Record<AgentDocument['format'], string> = {
  'claude-agent': 'Claude',
  'claude-skill': 'Skill',
  'claude-command': 'Command',
  'opencode-agent': 'OpenCode',
  'copilot-agent': 'Copilot',
  'copilot-chatmode': 'Chat mode',
  'cursor-rule': 'Cursor',
  'gemini-agent': 'Gemini',
  generic: 'Markdown',
}
