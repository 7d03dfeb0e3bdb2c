// Minimal placeholder created by UI engineer 1 so the layout compiles; UI engineer 2 replaces it
// with the merged-file Monaco view and its validation list.
export function ResultPane() {
  return (
    <section className="result-pane" aria-label="Merged result">
      <div className="pane-header">Result</div>
    </section>
  )
}
