// Grouping over the real corpus: the membership below was checked by reading the files
// (names, file names and bodies), e.g. the wshobson copies carry a plugin prefix in `name`,
// lst97's `code-reviewer.md` is named `code-reviewer-pro`, and `architect-review.md` files named
// `architect-reviewer` link the two spellings of that agent.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse/parse-document'
import { groupDocuments } from './group-documents'
import { groupInputFromDocument } from './group-input'

const root = join(__dirname, '..', '..', '..', 'test-fixtures', 'corpus')

function walk(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name)
      return statSync(path).isDirectory() ? walk(path) : /\.(md|mdc)$/.test(name) ? [path] : []
    })
}

const paths = walk(root)
const docs = paths.map((p) => parseDocument(readFileSync(p, 'utf8'), p))
const rel = (i: number): string => relative(root, paths[i]!).split(/[\\/]/).join('/')
const grouping = groupDocuments(docs.map(groupInputFromDocument))
const members = (key: string): string[] => (grouping.groups.find((g) => g.key === key)?.members ?? []).map((m) => rel(m.index)).sort()

const V = 'VoltAgent__awesome-claude-code-subagents/categories'
const D = 'davepoon__claude-code-subagents-collection/subagents'
const T = 'davila7__claude-code-templates/cli-tool/components/agents'
const L = 'lst97__claude-code-sub-agents/agents'
const W = (plugin: string, file: string): string => `wshobson__agents/plugins/${plugin}/agents/${file}.md`

const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'code-reviewer': [
    `${V}/04-quality-security/code-reviewer.md`, `${D}/code-reviewer.md`, `${T}/development-tools/code-reviewer.md`, `${L}/quality-testing/code-reviewer.md`,
    ...['code-documentation', 'code-refactoring', 'codebase-cleanup', 'comprehensive-review', 'git-pr-workflows', 'incident-response', 'tdd-workflows'].map((p) => W(p, 'code-reviewer')),
  ],
  'backend-architect': [
    `${D}/backend-architect.md`, `${T}/development-team/backend-architect.md`, `${L}/development/backend-architect.md`,
    ...['api-scaffolding', 'backend-api-security', 'backend-development', 'data-engineering', 'database-cloud-optimization', 'multi-platform-apps'].map((p) => W(p, 'backend-architect')),
  ],
  'performance-engineer': [
    `${V}/04-quality-security/performance-engineer.md`, `${D}/performance-engineer.md`, `${T}/development-tools/performance-engineer.md`,
    `${T}/performance-testing/performance-engineer.md`, `${L}/infrastructure/performance-engineer.md`,
    ...['application-performance', 'backend-development', 'full-stack-orchestration', 'observability-monitoring', 'performance-testing-review'].map((p) => W(p, 'performance-engineer')),
  ],
  debugger: [
    `${V}/04-quality-security/debugger.md`, `${D}/debugger.md`, `${T}/development-tools/debugger.md`, `${L}/quality-testing/debugger.md`,
    ...['debugging-toolkit', 'error-debugging', 'error-diagnostics', 'incident-response', 'unit-testing'].map((p) => W(p, 'debugger')),
  ],
  'prompt-engineer': [
    `${V}/05-data-ai/prompt-engineer.md`, `${D}/prompt-engineer.md`, `${T}/ai-specialists/prompt-engineer.md`, `${T}/data-ai/prompt-engineer.md`,
    'github__awesome-copilot/agents/prompt-engineer.agent.md', 'github__awesome-copilot/chatmodes/prompt-engineer.chatmode.md',
    `${L}/data-ai/prompt-engineer.md`, W('llm-application-dev', 'prompt-engineer'),
  ],
  'security-auditor': [
    `${V}/04-quality-security/security-auditor.md`, `${D}/security-auditor.md`, `${T}/security/security-auditor.md`, `${L}/security/security-auditor.md`,
    ...['backend-development', 'comprehensive-review', 'full-stack-orchestration', 'security-compliance', 'security-scanning'].map((p) => W(p, 'security-auditor')),
  ],
  'architect-review': [
    `${V}/04-quality-security/architect-reviewer.md`, `${D}/architect-review.md`, `${T}/development-tools/architect-reviewer.md`,
    `${T}/expert-advisors/architect-review.md`, `${L}/quality-testing/architect-review.md`,
    W('comprehensive-review', 'architect-review'), W('framework-migration', 'architect-review'),
  ],
  // The same file name in Claude, Copilot agent and Copilot chat mode form.
  specification: [`${T}/expert-advisors/specification.md`, 'github__awesome-copilot/agents/specification.agent.md', 'github__awesome-copilot/chatmodes/specification.chatmode.md'],
  'wg-code-sentinel': [`${T}/security/wg-code-sentinel.md`, 'github__awesome-copilot/agents/wg-code-sentinel.agent.md', 'github__awesome-copilot/chatmodes/wg-code-sentinel.chatmode.md'],
  'monday-bug-fixer': [`${T}/data-ai/monday-bug-fixer.md`, 'github__awesome-copilot/agents/monday-bug-fixer.agent.md'],
  'api-security-audit': [`${D}/api-security-audit.md`, `${T}/security/api-security-audit.md`],
  'mcp-security-auditor': [`${D}/mcp-security-auditor.md`, `${T}/mcp-dev-team/mcp-security-auditor.md`],
}

describe('grouping the corpus', () => {
  it('reads all 79 files', () => expect(paths).toHaveLength(79))

  for (const [key, expected] of Object.entries(EXPECTED)) {
    it(`groups ${key} with exactly its ${expected.length} variants`, () => expect(members(key)).toEqual([...expected].sort()))
  }

  it('has no other groups', () => expect(grouping.groups.map((g) => g.key).sort()).toEqual(Object.keys(EXPECTED).sort()))

  it('leaves the unrelated files single', () => {
    expect(grouping.singles.map(rel)).toEqual([
      'PatrickJS__awesome-cursorrules/rules/ai-agent-specialist.mdc',
      'PatrickJS__awesome-cursorrules/rules/alpha-skills-quant-factor-research.mdc',
      'PatrickJS__awesome-cursorrules/rules/android-jetpack-compose-cursorrules-prompt-file.mdc',
      `${T}/development-tools/unused-code-cleaner.md`,
    ])
  })

  it('joins the prefixed performance-engineer as a prefixed name', () => {
    const group = grouping.groups.find((g) => g.key === 'performance-engineer')!
    const prefixed = group.members.find((m) => rel(m.index) === W('application-performance', 'performance-engineer'))
    expect(docs[prefixed!.index]!.name).toBe('application-performance-performance-engineer')
    expect(prefixed!.matchedBy).toBe('prefixed-name')
  })

  // `mcp-security-auditor` adds a qualifier to `security-auditor`: a suggestion with that reason,
  // never a group; `api-security-audit` is neither.
  it('suggests only mcp-security-auditor beside security-auditor, for its qualifier', () => {
    expect(grouping.suggestions).toHaveLength(1)
    const [suggestion] = grouping.suggestions
    expect([suggestion!.a, suggestion!.b].map((ref) => (ref.kind === 'group' ? ref.id : ref.index)).sort()).toEqual(['key:mcp-security-auditor', 'key:security-auditor'])
    expect(suggestion!.qualifier).toBe('mcp')
    expect(suggestion!.reason).toMatch(/^name adds a qualifier: mcp/)
  })

  it('sees the wshobson copies as identical bodies in the similarity summary', () => {
    const debuggers = grouping.groups.find((g) => g.key === 'debugger')!
    expect(debuggers.similarity.max).toBe(1)
    expect(debuggers.similarity.min).toBeLessThan(0.2)
  })
})
