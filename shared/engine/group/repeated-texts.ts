// Values worked out from a long text, kept for the texts met more than once: a body is often the
// body of many files (copies that differ only in their frontmatter, one template under many
// names). A text is kept only from its second sighting, so that the many texts met once are not
// held to the end of a scan (keeping every text read raised a large scan's peak memory a good
// deal); the kept texts are bounded by their characters, then the store starts over.

import { sampleHash } from './sample-hash'

/** Sample hashes noted at most before the record of first sightings starts over. */
const MAX_MET_ONCE = 1 << 16

export class RepeatedTexts<T> {
  private readonly metOnce = new Set<number>()
  private readonly kept = new Map<number, { readonly text: string; readonly value: T }[]>()
  private keptChars = 0

  constructor(private readonly maxChars: number) {}

  /** The value kept for `text`, or undefined. */
  find(text: string): T | undefined {
    const alike = this.kept.get(sampleHash(text))
    if (alike !== undefined) for (const one of alike) if (one.text === text) return one.value
    return undefined
  }

  /** Notes a sighting of `text`, which find() did not know: true when it was met before, and its
   *  value should be kept (`keep`). */
  metBefore(text: string): boolean {
    const key = sampleHash(text)
    if (this.metOnce.has(key)) return true
    if (this.metOnce.size === MAX_MET_ONCE) this.metOnce.clear()
    this.metOnce.add(key)
    return false
  }

  /** Keeps `value` for `text`, starting over first when the characters kept would pass the bound. */
  keep(text: string, value: T): void {
    if (this.keptChars + text.length > this.maxChars) this.clear()
    const key = sampleHash(text)
    let alike = this.kept.get(key)
    if (alike === undefined) this.kept.set(key, (alike = []))
    alike.push({ text, value })
    this.keptChars += text.length
  }

  /** Forgets the kept values (first sightings stay noted). */
  clear(): void {
    this.kept.clear()
    this.keptChars = 0
  }
}
