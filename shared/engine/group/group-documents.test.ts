import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupDocuments } from './group-documents'
import type { GroupInput, Grouping } from './group-model'

const LOREM = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(' ')

/** A deterministic body of `words` words drawn from a seed. */
function body(seed: number, words = 300): string {
  let x = seed * 2654435761 + 1
  const out: string[] = []
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out.push(`${LOREM[x % LOREM.length]}${x % 97}`)
  }
  return out.join(' ')
}

function input(path: string, identity: string, text: string, description: string | null = null): GroupInput {
  return { path, identity, name: identity, description, body: text }
}

function memberPaths(grouping: Grouping, inputs: readonly GroupInput[], key: string): string[] {
  const group = grouping.groups.find((g) => g.key === key)
  return group === undefined ? [] : group.members.map((m) => inputs[m.index]!.path)
}

describe('groupDocuments by name', () => {
  it('groups the same identity and leaves others single', () => {
    const inputs = [input('a/debugger.md', 'debugger', body(1)), input('b/debugger.md', 'debugger', body(2)), input('c/tester.md', 'tester', body(3))]
    const g = groupDocuments(inputs)
    expect(memberPaths(g, inputs, 'debugger')).toEqual(['a/debugger.md', 'b/debugger.md'])
    expect(g.singles).toEqual([2])
  })

  it('joins a name that ends with its own file name (a plugin prefix)', () => {
    const inputs = [
      input('x/performance-engineer.md', 'performance-engineer', body(1)),
      input('plugins/application-performance/agents/performance-engineer.md', 'application-performance-performance-engineer', body(2)),
    ]
    const g = groupDocuments(inputs)
    expect(g.groups).toHaveLength(1)
    expect(g.groups[0]!.key).toBe('performance-engineer')
    expect(g.groups[0]!.members.map((m) => m.matchedBy)).toEqual(['identity', 'prefixed-name'])
  })

  it('suggests, never groups, a name that qualifies another unless its file name matches', () => {
    const inputs = [
      input('a/performance-engineer.md', 'performance-engineer', body(1)),
      input('b/agent-7.md', 'observability-performance-engineer', body(2)),
    ]
    const g = groupDocuments(inputs)
    expect(g.groups).toEqual([])
    expect(g.suggestions).toHaveLength(1)
    expect(g.suggestions[0]!).toMatchObject({ members: [0, 1], qualifier: 'observability' })
    expect(g.suggestions[0]!.reason).toMatch(/^name adds a qualifier: observability/)
  })

  // The shapes of issue 8 (agency-agents beside other collections): a platform, a market or a
  // seniority added to another agent's name, with bodies under 16 % alike.
  it.each([
    ['marketing/marketing-linkedin-content-creator.md', 'linkedin-content-creator', 'marketing/marketing-content-creator.md', 'content-creator', 'linkedin'],
    ['marketing/marketing-bilibili-content-strategist.md', 'bilibili-content-strategist', 'agents/content-strategist.md', 'content-strategist', 'bilibili'],
    ['paid-media/paid-media-paid-social-strategist.md', 'paid-social-strategist', 'agents/social-strategist.md', 'social-strategist', 'paid'],
    ['project-management/project-manager-senior.md', 'senior-project-manager', 'agents/project-manager.md', 'project-manager', 'senior'],
  ])('keeps %s (%s) apart from %s (%s): a suggestion, qualifier "%s"', (pathA, nameA, pathB, nameB, qualifier) => {
    const inputs = [input(pathA, nameA, body(7)), input(pathB, nameB, body(8)), input('x/other.md', 'other', body(9))]
    const g = groupDocuments(inputs)
    expect(g.groups).toEqual([])
    const suggestion = g.suggestions.find((s) => s.members.includes(0) && s.members.includes(1))
    expect(suggestion?.qualifier).toBe(qualifier)
    expect(suggestion?.reason).toMatch(new RegExp(`^name adds a qualifier: ${qualifier}`))
    expect(g.suggestions.some((s) => s.members.includes(2))).toBe(false)
  })

  it('still groups identical names, and a prefixed name in a file named like the other', () => {
    const inputs = [
      input('a/content-creator.md', 'content-creator', body(1)),
      input('b/Content Creator.md', 'content-creator', body(2)),
      input('plugins/social/agents/content-creator.md', 'social-content-creator', body(3)),
    ]
    const g = groupDocuments(inputs)
    expect(g.groups).toHaveLength(1)
    expect(g.groups[0]!.members.map((m) => m.matchedBy)).toEqual(['identity', 'identity', 'prefixed-name'])
    expect(g.suggestions).toEqual([])
  })

  it('does not read a one-word identity as the end of a longer name', () => {
    const inputs = [input('a/developer.md', 'developer', body(1)), input('b/ui.md', 'frontend-developer', body(2))]
    expect(groupDocuments(inputs).groups).toEqual([])
  })

  it('does not strip a prefix when the name is the file name itself', () => {
    const inputs = [input('a/security-auditor.md', 'security-auditor', body(1)), input('b/mcp-security-auditor.md', 'mcp-security-auditor', body(2))]
    const g = groupDocuments(inputs)
    expect(g.groups).toEqual([])
    expect(g.singles).toEqual([0, 1])
  })

  it('groups .agent.md, .chatmode.md and .md of the same file name', () => {
    const inputs = [
      input('.github/agents/specification.agent.md', 'specification', body(1)),
      input('.github/chatmodes/specification.chatmode.md', 'specification', body(1)),
      input('agents/specification.md', 'specification', body(4)),
    ]
    expect(memberPaths(groupDocuments(inputs), inputs, 'specification')).toHaveLength(3)
  })

  it('links two names through a file that carries both', () => {
    const inputs = [
      input('a/architect-reviewer.md', 'architect-reviewer', body(1)),
      input('b/architect-review.md', 'architect-reviewer', body(2)),
      input('c/architect-review.md', 'architect-review', body(3)),
    ]
    const g = groupDocuments(inputs)
    expect(g.groups).toHaveLength(1)
    expect(g.groups[0]!.members.map((m) => m.matchedBy).sort()).toEqual(['file-name', 'identity', 'linked-name'])
  })

  it('does not link different names through numbered or generic file names', () => {
    const inputs = [input('a/1.md', 'foo-agent', body(1)), input('b/1.md', 'bar-agent', body(2)), input('c/template.md', 'foo-agent-x', body(3)), input('d/template.md', 'baz', body(4))]
    expect(groupDocuments(inputs).groups).toEqual([])
  })

  it('keys a generic SKILL.md by its folder', () => {
    const inputs = [input('one/skills/pdf/SKILL.md', '', body(1)), input('two/skills/pdf/SKILL.md', '', body(2)), input('three/skills/xlsx/SKILL.md', '', body(3))]
    const g = groupDocuments(inputs)
    expect(memberPaths(g, inputs, 'pdf')).toHaveLength(2)
    expect(g.singles).toEqual([2])
  })

  it('summarises body similarity: identical bodies 1, unrelated bodies near 0', () => {
    const same = groupDocuments([input('a/x.md', 'x', body(1)), input('b/x.md', 'x', body(1))])
    expect(same.groups[0]!.similarity).toMatchObject({ mean: 1, min: 1, pairs: 1 })
    const unrelated = groupDocuments([input('a/x.md', 'x', body(1)), input('b/x.md', 'x', body(2))])
    expect(unrelated.groups[0]!.similarity.mean).toBeLessThan(0.1)
  })
})

describe('near-duplicate suggestions', () => {
  const base = body(10, 400)
  const edited = base.replace(/alpha/g, 'ALPHA-ish').slice(0, Math.floor(base.length * 0.9)) + ' extra closing words here'

  it('suggests renamed reviewers with qualifiers, with a reason', () => {
    const inputs = [
      input('a/code-reviewer.md', 'code-reviewer', base, 'Reviews code for quality and security'),
      input('b/code-reviewer.md', 'code-reviewer', body(11, 400), 'Expert code review for quality'),
      input('c/senior-code-reviewer.md', 'senior-code-reviewer', body(12, 400), 'Senior engineer reviewing pull requests'),
      input('d/code-review-master.md', 'code-review-master', edited, null),
      input('e/data-scientist.md', 'data-scientist', body(13, 400), 'Analyses data'),
    ]
    const g = groupDocuments(inputs)
    const withReviewer = g.suggestions.filter((s) => s.a.kind === 'group' || s.b.kind === 'group')
    const partners = withReviewer.map((s) => s.members.filter((m) => m >= 2)).flat()
    expect(new Set(partners)).toEqual(new Set([2, 3]))
    const master = g.suggestions.find((s) => s.members.includes(3) && s.members.includes(0))!
    expect(master.basis.body).toBeGreaterThan(0.5)
    expect(master.reason).toMatch(/names share “code review”; bodies ~\d+ % alike/)
    expect(g.suggestions.some((s) => s.members.includes(4))).toBe(false)
  })

  it('suggests a renamed copy with a near-identical body even when names share nothing', () => {
    const inputs = [input('a/helper.md', 'helper-one', base), input('b/other.md', 'quite-different', edited)]
    const g = groupDocuments(inputs)
    expect(g.suggestions).toHaveLength(1)
    expect(g.suggestions[0]!.score).toBeGreaterThan(0.5)
    expect(g.suggestions[0]!.a).toEqual({ kind: 'single', index: 0 })
  })

  it('does not suggest names that only share a word when bodies and descriptions differ', () => {
    const inputs = [input('a/security-auditor.md', 'security-auditor', body(1), 'Audits security'), input('b/api-security-audit.md', 'api-security-audit', body(2), 'API endpoints')]
    expect(groupDocuments(inputs).suggestions).toEqual([])
  })
})

describe('groupDocuments properties', () => {
  const nameArb = fc.constantFrom('debugger', 'code-reviewer', 'senior-code-reviewer', 'x-debugger', 'architect-review', 'architect-reviewer', '')
  const fileArb = fc.constantFrom('debugger', 'code-reviewer', 'architect-review', 'SKILL', 'notes', 'a')
  const inputArb = fc.tuple(nameArb, fileArb, fc.constantFrom('.md', '.agent.md', '.chatmode.md', '.mdc'), fc.nat(5), fc.nat(3)).map(
    ([name, file, ext, seed, dir]) => input(`d${dir}/${file}${ext}`, name, body(seed, 60)),
  )

  it('puts every input in exactly one group or the singles, and suggestions join different clusters', () => {
    fc.assert(
      fc.property(fc.array(inputArb, { maxLength: 30 }), (inputs) => {
        const g = groupDocuments(inputs)
        const seen = [...g.singles, ...g.groups.flatMap((gr) => gr.members.map((m) => m.index))].sort((a, b) => a - b)
        expect(seen).toEqual(inputs.map((_, i) => i))
        for (const gr of g.groups) expect(gr.members.length).toBeGreaterThanOrEqual(2)
        for (const s of g.suggestions) {
          expect(s.a).not.toEqual(s.b)
          if (s.qualifier === undefined) expect(s.score).toBeGreaterThanOrEqual(0.5)
          expect(s.score).toBeLessThanOrEqual(1)
        }
      }),
    )
  })
})

describe('suggestion budgets', () => {
  const text = body(42, 500)
  const copy = (i: number): string => `${text} closing note ${i}`

  it('proposes every renamed copy to the group it copies, while a single keeps at most three single partners', () => {
    const inputs = [
      input('a/code-reviewer.md', 'code-reviewer', text),
      input('b/code-reviewer.md', 'code-reviewer', copy(99)),
      ...Array.from({ length: 6 }, (_, i) => input(`r${i}/renamed-${i}.md`, `zz${i}-${'q'.repeat(i + 1)}`, copy(i))),
    ]
    const g = groupDocuments(inputs)
    for (let i = 2; i < inputs.length; i++) {
      const withGroup = g.suggestions.filter((s) => s.members.includes(i) && (s.a.kind === 'group' || s.b.kind === 'group'))
      expect(withGroup).toHaveLength(1)
      const withSingles = g.suggestions.filter((s) => s.members.includes(i) && s.a.kind === 'single' && s.b.kind === 'single')
      expect(withSingles.length).toBeLessThanOrEqual(3)
    }
  })
})
