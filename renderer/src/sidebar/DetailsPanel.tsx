// The details of the file last clicked: where it is, how its frontmatter was read, and every
// parse diagnostic and lint finding with its line.
import { useAppStore } from '../state/store'
import type { Diagnostic } from '../../../shared/engine/model'

const MODE_TEXT = {
  strict: 'Frontmatter is valid YAML.',
  repaired: 'Strict YAML rejects this frontmatter; it was read after a known local repair (values are exact). Merging writes valid YAML.',
  lenient: 'Strict YAML rejects this frontmatter; keys were recovered line by line (values are best effort). Merging writes valid YAML.',
  none: 'No frontmatter block.',
} as const

function DiagnosticLine({ d }: { d: Diagnostic }) {
  return (
    <li className={`diag diag-${d.severity}`}>
      <span className="diag-line">line {d.line}</span>
      <span className="diag-message">{d.message}</span>
      <span className="diag-code">{d.code}</span>
    </li>
  )
}

export function DetailsPanel() {
  const path = useAppStore((s) => s.detailsPath)
  const load = useAppStore((s) => (s.detailsPath ? s.loads[s.detailsPath] : undefined))
  const showDetails = useAppStore((s) => s.showDetails)
  if (!path || !load) return null
  return (
    <section className="details-panel" aria-label="File details">
      <div className="details-head">
        <span className="details-title" title={path}>{path.split(/[\\/]/).pop()}</span>
        <button type="button" className="icon-btn" aria-label="Close details" onClick={() => showDetails(null)}>✕</button>
      </div>
      <div className="details-path">{path}</div>
      {load.status === 'error' ? (
        <p className="details-error" role="alert">Could not read this file: {load.error.message}</p>
      ) : (
        <>
          <p className="details-mode">
            <strong>{load.doc.format}</strong> · identity <code>{load.doc.identity}</code>
            <br />
            {MODE_TEXT[load.doc.frontmatterMode]}
          </p>
          {load.doc.diagnostics.length + load.lint.length === 0 ? (
            <p className="details-ok">No problems found.</p>
          ) : (
            <ul className="diag-list">
              {[...load.doc.diagnostics, ...load.lint]
                .slice()
                .sort((a, b) => a.line - b.line)
                .map((d, i) => (
                  <DiagnosticLine key={i} d={d} />
                ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
