// The details of the file last clicked: where it is, how its frontmatter was read, and every
// parse diagnostic and lint finding with its line. With no group open the middle of the window
// is free: the details take it (readable width, the frontmatter keys and the outline too);
// while a group or the library queue fills it, a compact panel sits under the sidebar's list.
import { useAppStore, type AppState } from '../state/store'
import type { AgentDocument, Diagnostic } from '../../../shared/engine/model'
import { FORMAT_LABEL } from '../compare/format-labels'

const MODE_TEXT = {
  strict: 'Frontmatter is valid YAML.',
  repaired: 'Strict YAML rejects this frontmatter; it was read after a known local repair (values are exact). Merging writes valid YAML.',
  lenient: 'Strict YAML rejects this frontmatter; keys were recovered line by line (values are best effort). Merging writes valid YAML.',
  none: 'No frontmatter block.',
} as const

/** Where the details go: the main area when nothing else is shown there. */
export function detailsPlace(s: AppState): 'main' | 'sidebar' {
  return s.merge || s.mergeLoading || s.mergeError || s.libraryOpen ? 'sidebar' : 'main'
}

function DiagnosticLine({ d }: { d: Diagnostic }) {
  return (
    <li className={`diag diag-${d.severity}`}>
      <span className="diag-line">line {d.line}</span>
      <span className="diag-message">{d.message}</span>
      <span className="diag-code">{d.code}</span>
    </li>
  )
}

function Problems({ findings }: { findings: readonly Diagnostic[] }) {
  if (findings.length === 0) return <p className="details-ok">No problems found.</p>
  return (
    <ul className="diag-list">
      {findings
        .slice()
        .sort((a, b) => a.line - b.line)
        .map((d, i) => (
          <DiagnosticLine key={i} d={d} />
        ))}
    </ul>
  )
}

/** One line per frontmatter key: its line, name and value as written (first line of it). */
function FrontmatterKeys({ doc }: { doc: AgentDocument }) {
  const entries = doc.frontmatter?.entries ?? []
  if (entries.length === 0) return <p className="details-muted">No keys.</p>
  return (
    <dl className="details-keys">
      {entries.map((entry, i) => {
        const raw = entry.raw.replace(/\r?\n$/, '')
        const value = raw.slice(raw.indexOf(':') + 1).trim()
        const firstLine = value.split(/\r?\n/)[0] ?? ''
        const more = value.includes('\n')
        return (
          <div key={`${entry.key}-${i}`} className="details-key">
            <dt>
              <span className="diag-line">line {entry.line}</span> {entry.key}
              {!entry.strictValid && <span className="details-yaml-note" title="Strict YAML rejects this entry as written"> ⚠ not strict YAML</span>}
            </dt>
            <dd title={value}>{firstLine || (more ? '' : '—')}{more ? ' …' : ''}</dd>
          </div>
        )
      })}
    </dl>
  )
}

const KIND_NOTE: Partial<Record<AgentDocument['sections'][number]['kind'], string>> = {
  bold: 'bold line',
  item: 'list item',
  setext: 'underlined',
}

/** The body's sections as headings, indented by level, with their lines. */
function Outline({ doc }: { doc: AgentDocument }) {
  const sections = doc.sections.filter((s) => s.kind !== 'preamble')
  if (sections.length === 0) return <p className="details-muted">No headings: the body is one section.</p>
  return (
    <ol className="details-outline">
      {sections.map((s) => (
        <li key={s.key} style={{ paddingLeft: `${(Math.max(1, s.level) - 1) * 16}px` }}>
          <span className="diag-line">line {s.line}</span> {s.title}
          {KIND_NOTE[s.kind] && <span className="details-kind"> · {KIND_NOTE[s.kind]}</span>}
        </li>
      ))}
    </ol>
  )
}

export function DetailsPanel({ place }: { place: 'main' | 'sidebar' }) {
  const path = useAppStore((s) => s.detailsPath)
  const load = useAppStore((s) => (s.detailsPath ? s.loads[s.detailsPath] : undefined))
  const here = useAppStore(detailsPlace) === place
  const showDetails = useAppStore((s) => s.showDetails)
  if (!path || !load || !here) return null
  const main = place === 'main'
  const name = path.split(/[\\/]/).pop()
  return (
    <section className={main ? 'details-panel details-main' : 'details-panel'} aria-label="File details">
      <div className="details-head">
        {main ? <h2 className="details-title" title={path}>{name}</h2> : <span className="details-title" title={path}>{name}</span>}
        <button type="button" className="icon-btn" aria-label="Close details" onClick={() => showDetails(null)}>✕</button>
      </div>
      <div className="details-path">{path}</div>
      {load.status === 'error' ? (
        <p className="details-error" role="alert">Could not read this file: {load.error.message}</p>
      ) : (
        <>
          <p className="details-mode">
            <strong>{main ? FORMAT_LABEL[load.doc.format] : load.doc.format}</strong> · identity <code>{load.doc.identity}</code>
            {main && ` · ${load.doc.text.split('\n').length} lines · ${load.doc.sections.filter((s) => s.kind !== 'preamble').length} sections`}
            <br />
            {MODE_TEXT[load.doc.frontmatterMode]}
          </p>
          {main && <h3>Problems</h3>}
          <Problems findings={[...load.doc.diagnostics, ...load.lint]} />
          {main && (
            <div className="details-columns">
              <section aria-label="Frontmatter keys">
                <h3>Frontmatter</h3>
                <FrontmatterKeys doc={load.doc} />
              </section>
              <section aria-label="Outline">
                <h3>Outline</h3>
                <Outline doc={load.doc} />
              </section>
            </div>
          )}
        </>
      )}
    </section>
  )
}
