// Words that name one variant of a merge where several files share a name: its number (the
// column's number) and the part of its path that tells it from the others ("collection-b", not
// "performance-optimizer.md", which all three variants may be called).

function foldersOf(path: string): string[] {
  const parts = path.split(/[\\/]/).filter(Boolean)
  parts.pop()
  return parts
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/** The folders of `paths[index]` that tell it from every other path: from the first folder where
 *  any of them differs to the last folder needed to tell it from each one ("collection-b", or
 *  "a/…/x" when more are needed); its file name when only the names differ. */
export function distinguishingPart(paths: readonly string[], index: number): string {
  const path = paths[index]
  if (path === undefined) return ''
  const mine = foldersOf(path)
  let first = Infinity
  let last = -1
  paths.forEach((other, i) => {
    if (i === index) return
    const theirs = foldersOf(other)
    let at = 0
    while (at < mine.length && at < theirs.length && mine[at] === theirs[at]) at++
    if (at >= mine.length) return // same folders (or theirs lie deeper): folders cannot tell them apart
    first = Math.min(first, at)
    last = Math.max(last, at)
  })
  if (last < 0) return fileNameOf(path)
  return first === last ? mine[first]! : last === first + 1 ? `${mine[first]}/${mine[last]}` : `${mine[first]}/…/${mine[last]}`
}

/** "Variant 2 (collection-b)"; capitalised for a sentence's start. */
export function variantName(paths: readonly string[], index: number): string {
  if (index < 0) return 'A variant'
  const part = paths.length > 1 ? distinguishingPart(paths, index) : fileNameOf(paths[index] ?? '')
  return `Variant ${index + 1}${part ? ` (${part})` : ''}`
}

/** A dialog's name for some of the variants: the one by name, or how many. */
export function someVariantsName(paths: readonly string[], some: readonly string[]): string {
  return some.length === 1 ? variantName(paths, paths.indexOf(some[0]!)) : `${some.length} variants`
}
