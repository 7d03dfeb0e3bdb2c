// The bundled backend-architect example as plain text, for store tests (read through the bundler,
// so tests need no Node file APIs).
const raw = import.meta.glob('../../../../examples/backend-architect/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

/** The example's files under `root`, keyed by absolute-looking path, sorted. */
export function exampleFiles(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of Object.keys(raw).sort()) out[`${root}/${key.split('/').pop()}`] = raw[key]!
  return out
}
