// Test support: fast-check arbitraries for families of agent files that share sections, the way
// real variants do (same titles, some renamed, reordered, dropped, edited), in Markdown source.

import fc from 'fast-check'

const TITLES = ['Core Responsibilities', 'API Design', 'Database Architecture', 'Security', 'Performance', 'Examples', 'Notes', 'Testing', 'Deployment', 'Workflow']
const WORDS = ['design', 'api', 'scalable', 'secure', 'cache', 'index', 'query', 'token', 'deploy', 'monitor', 'test', 'agent', 'review', 'data']

export interface SectionSpec {
  readonly style: 'atx' | 'bold' | 'item'
  readonly level: number
  readonly title: string
  readonly body: string
}

const sectionSpec: fc.Arbitrary<SectionSpec> = fc.record({
  style: fc.constantFrom('atx', 'atx', 'atx', 'bold', 'item') as fc.Arbitrary<SectionSpec['style']>,
  level: fc.integer({ min: 1, max: 4 }),
  title: fc.constantFrom(...TITLES),
  body: fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')), { maxLength: 3 }).map((lines) => lines.join('\n')),
})

function renderSection(s: SectionSpec, eol: string, index: number): string {
  const heading = s.style === 'atx' ? `${'#'.repeat(s.level)} ${s.title}` : s.style === 'bold' ? `**${s.title}**:` : `${index + 1}. **${s.title}**: ${s.body.split('\n')[0] ?? ''}`
  return `${heading}${eol}${s.body === '' ? '' : `${s.body}${eol}`}${eol}`
}

export interface DocSpec {
  readonly frontmatter: string | null
  readonly preamble: string
  readonly sections: readonly SectionSpec[]
  readonly eol: '\n' | '\r\n'
  readonly finalNewline: boolean
  readonly bom: boolean
}

export function renderDoc(spec: DocSpec): string {
  const eol = spec.eol
  const fm = spec.frontmatter === null ? '' : `---${eol}${spec.frontmatter.replace(/\n/g, eol)}---${eol}`
  const text = fm + (spec.preamble === '' ? '' : `${spec.preamble}${eol}${eol}`) + spec.sections.map((s, i) => renderSection(s, eol, i)).join('')
  return (spec.bom ? '\uFEFF' : '') + (spec.finalNewline ? text : text.replace(/(\r?\n)+$/, ''))
}

const frontmatter = fc.constantFrom(
  null,
  'name: backend-architect\ndescription: Designs APIs.\ntools: Read, Grep\n',
  'name: backend-architect\ndescription: Designs APIs and databases.\nmodel: sonnet\ntools: [Read, Write]\n',
  'description: Use this agent when designing APIs. Examples: user: "x"\ntools: *\n',
  'name: backend-architect\ncolor: purple\n',
)

/** One document's spec. */
export const docSpec: fc.Arbitrary<DocSpec> = fc.record({
  frontmatter,
  preamble: fc.constantFrom('', 'You are a backend architect.', 'You design scalable systems.'),
  sections: fc.array(sectionSpec, { maxLength: 10 }),
  eol: fc.constantFrom('\n', '\n', '\n', '\r\n') as fc.Arbitrary<'\n' | '\r\n'>,
  finalNewline: fc.boolean(),
  bom: fc.constantFrom(false, false, false, true),
})

/** A family of 2-6 variants: one base and edited copies (sections dropped, swapped, retitled). */
export const docFamily: fc.Arbitrary<DocSpec[]> = docSpec.chain((base) =>
  fc
    .array(
      fc.record({
        drop: fc.array(fc.nat(), { maxLength: 3 }),
        swap: fc.option(fc.tuple(fc.nat(), fc.nat())),
        extra: fc.array(sectionSpec, { maxLength: 2 }),
        frontmatter,
        eol: fc.constantFrom('\n', '\r\n') as fc.Arbitrary<'\n' | '\r\n'>,
        bom: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5 },
    )
    .map((edits) => [
      base,
      ...edits.map((edit) => {
        let sections = base.sections.filter((_, i) => !edit.drop.some((d) => base.sections.length > 0 && d % base.sections.length === i))
        if (edit.swap && sections.length > 1) {
          const [a, b] = [edit.swap[0] % sections.length, edit.swap[1] % sections.length]
          sections = sections.map((s, i) => (i === a ? sections[b]! : i === b ? sections[a]! : s))
        }
        return { ...base, frontmatter: edit.frontmatter, eol: edit.eol, bom: edit.bom, sections: [...sections, ...edit.extra] }
      }),
    ]),
)

/** Text made of the fragments that trip parsers: delimiters, `*` values, fences, indented `#`,
 *  pseudo-headings, BOMs, CRLF, stray keys, plus random strings. */
export const messyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('---\n', '---', 'name: x\n', 'tools: *\n', 'description: a: b\n', '# T\n', '## T\n', '### 1. T\n', '**B**:\n', '1. **I**: x\n', '```\n', '~~~\n', '    # code\n', '\r\n', '\n', '\uFEFF', 'user: "q"\n', '  - item\n', '...\n', '#\n', '####### seven\n', '\t'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''))
