// Frontmatter checks: would a strict YAML reader (so Claude Code) read it, required and known
// keys per format, `name` spelling and file name, duplicate keys, `model` values, value types.

import type { AgentDocument, Diagnostic, FrontmatterEntry } from '../model'
import { fileStem, normaliseIdentity } from '../parse/identity'
import { keyForMessage } from '../parse/plain-scalar'
import { CLAUDE_MODEL_ALIASES, CLAUDE_MODEL_FORMATS, KNOWN_KEYS, NAMED_FORMATS, REQUIRED_KEYS } from './known-keys'

const NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const CLAUDE_MODEL_ID = /^claude-[a-z0-9][a-z0-9.-]*$/
const PROVIDER_MODEL = /^[A-Za-z0-9._-]+\/\S+$/

export function lintFrontmatter(doc: AgentDocument): Diagnostic[] {
  const out: Diagnostic[] = []
  const fm = doc.frontmatter
  const firstLine = 1
  if (!fm) {
    if (REQUIRED_KEYS[doc.format].length > 0) {
      out.push({ severity: 'error', code: 'frontmatter-missing', line: firstLine, message: `line 1: this ${formatLabel(doc)} has no frontmatter; start the file with a \`---\` block holding ${requiredList(doc)}.` })
    }
    return out
  }
  if (fm.mode !== 'strict') {
    const line = doc.diagnostics.find((d) => d.code !== 'unclosed-fence' && d.code !== 'nul-byte')?.line ?? firstLine
    out.push({
      severity: 'error', code: 'frontmatter-not-strict-yaml', line,
      message: `strict YAML parsers (Claude Code's among them) reject this frontmatter, so the tool may load the file without its name and description. Fix the lines listed, or save a merge to rewrite it as valid YAML.`,
    })
  }
  const byKey = new Map<string, FrontmatterEntry>()
  for (const entry of fm.entries) {
    const first = byKey.get(entry.key)
    if (first) out.push({ severity: 'error', code: 'duplicate-key', line: entry.line, message: `key \`${keyForMessage(entry.key)}\` is already set on line ${first.line}; keep one of them.` })
    else byKey.set(entry.key, entry)
  }
  for (const group of REQUIRED_KEYS[doc.format]) {
    if (group.some((k) => byKey.has(k))) continue
    const keys = group.map((k) => `\`${k}\``).join(' or ')
    out.push({ severity: 'error', code: 'missing-key', line: firstLine, message: `line 1: a ${formatLabel(doc)} needs ${keys} in its frontmatter.` })
  }
  const known = KNOWN_KEYS[doc.format]
  if (known.length > 0) {
    for (const entry of byKey.values()) {
      if (!known.includes(entry.key)) out.push({ severity: 'info', code: 'unknown-key', line: entry.line, message: `\`${keyForMessage(entry.key)}\` is not a key a ${formatLabel(doc)} uses; the tool ignores it.` })
    }
  }
  lintName(doc, byKey.get('name'), out)
  lintModel(doc, byKey.get('model'), out)
  lintTypes(doc, byKey, out)
  return out
}

function lintName(doc: AgentDocument, entry: FrontmatterEntry | undefined, out: Diagnostic[]): void {
  if (!entry || !NAMED_FORMATS.has(doc.format)) return
  if (typeof entry.value !== 'string' || entry.value.length === 0) {
    out.push({ severity: 'error', code: 'name-not-text', line: entry.line, message: `\`name\` must be text such as \`code-reviewer\`.` })
    return
  }
  if (!NAME_PATTERN.test(entry.value)) {
    out.push({ severity: 'warning', code: 'name-format', line: entry.line, message: `name \`${entry.value}\` should be lowercase words joined by hyphens, e.g. \`${normaliseIdentity(entry.value) || 'my-agent'}\`.` })
  }
  const stem = fileStem(doc.path)
  if (stem.length > 0 && normaliseIdentity(stem) !== normaliseIdentity(entry.value)) {
    out.push({ severity: 'info', code: 'name-file-mismatch', line: entry.line, message: `name \`${entry.value}\` differs from the file name \`${stem}\`; tools use the name, people look for the file.` })
  }
}

function lintModel(doc: AgentDocument, entry: FrontmatterEntry | undefined, out: Diagnostic[]): void {
  if (!entry) return
  const value = entry.value
  if (typeof value !== 'string') {
    out.push({ severity: 'warning', code: 'model-not-text', line: entry.line, message: `\`model\` should be text.` })
    return
  }
  if (CLAUDE_MODEL_FORMATS.has(doc.format) && !CLAUDE_MODEL_ALIASES.includes(value) && !CLAUDE_MODEL_ID.test(value)) {
    out.push({ severity: 'warning', code: 'unknown-model', line: entry.line, message: `model \`${value}\` is not one Claude Code knows; use ${CLAUDE_MODEL_ALIASES.map((m) => `\`${m}\``).join(', ')} or a full \`claude-...\` id.` })
  }
  if (doc.format === 'opencode-agent' && !PROVIDER_MODEL.test(value)) {
    out.push({ severity: 'warning', code: 'unknown-model', line: entry.line, message: `OpenCode expects \`provider/model-id\` (e.g. \`anthropic/claude-sonnet-4-5\`), not \`${value}\`.` })
  }
}

function lintTypes(doc: AgentDocument, byKey: ReadonlyMap<string, FrontmatterEntry>, out: Diagnostic[]): void {
  const always = byKey.get('alwaysApply')
  if (doc.format === 'cursor-rule' && always && typeof always.value !== 'boolean') {
    out.push({ severity: 'warning', code: 'wrong-type', line: always.line, message: `\`alwaysApply\` must be \`true\` or \`false\` without quotes.` })
  }
  const temperature = byKey.get('temperature')
  if (temperature && typeof temperature.value !== 'number') {
    out.push({ severity: 'warning', code: 'wrong-type', line: temperature.line, message: `\`temperature\` must be a number such as \`0.2\`.` })
  }
  const description = byKey.get('description')
  if (description && (typeof description.value !== 'string' || description.value.trim().length === 0)) {
    out.push({ severity: 'warning', code: 'empty-description', line: description.line, message: `\`description\` is empty; tools use it to decide when to use this ${formatLabel(doc)}.` })
  }
}

function requiredList(doc: AgentDocument): string {
  return REQUIRED_KEYS[doc.format].map((g) => g.map((k) => `\`${k}\``).join(' or ')).join(' and ')
}

const FORMAT_LABELS: { readonly [F in AgentDocument['format']]: string } = {
  'claude-agent': 'Claude Code agent', 'claude-skill': 'Claude Code skill', 'claude-command': 'Claude Code command',
  'opencode-agent': 'OpenCode agent', 'copilot-agent': 'Copilot agent', 'copilot-chatmode': 'Copilot chat mode',
  'cursor-rule': 'Cursor rule', 'gemini-agent': 'Gemini agent', generic: 'file',
}

export function formatLabel(doc: AgentDocument): string {
  return FORMAT_LABELS[doc.format]
}
