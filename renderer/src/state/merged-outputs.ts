// Merged files the app wrote (the host remembers them with their sources): while a variant
// they were merged from is still listed, such a file is its group's merged result, not one more
// variant of it. A merged file whose variants are all gone (archived, say) is a file like any
// other. Pure.
import type { FolderListing, MergedOutput } from '../../../shared/host-api'

/** The listing's merged outputs that still have a listed source (newest first, as listed). */
export function mergedResultsOf(listing: FolderListing): MergedOutput[] {
  const listed = new Set(listing.files.map((f) => f.path))
  return (listing.outputs ?? []).filter((o) => listed.has(o.path) && o.sources.some((p) => p !== o.path && listed.has(p)))
}

/** The newest merged result made from any of `paths` (outputs come newest first), or null. */
export function mergedResultFor(outputs: readonly MergedOutput[], paths: readonly string[]): MergedOutput | null {
  const wanted = new Set(paths)
  return outputs.find((o) => !wanted.has(o.path) && o.sources.some((p) => wanted.has(p))) ?? null
}
