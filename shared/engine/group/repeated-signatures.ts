// The signature of a body met before is not computed again: variants are often copies that
// differ only in their frontmatter (89 bodies make 1,433 of x30's 2,280 files).

import { textSignature, type Signature } from './minhash'
import { sampleHash } from './sample-hash'

/** Sample hashes of the bodies met once: a body is kept (with its signature) only when met
 *  again, so that most bodies, met once, are not held to the end of a scan. */
const metOnce = new Set<number>()
const MAX_MET_ONCE = 1 << 16
/** Bodies met more than once and their signatures, by sample hash; started over past a budget. */
const kept = new Map<number, { readonly text: string; readonly signature: Signature }[]>()
let keptChars = 0
const MAX_KEPT_CHARS = 1 << 22

/** textSignature(text), taken from an equal text signed before when there is one. */
export function repeatedTextSignature(text: string): Signature {
  const key = sampleHash(text)
  let alike = kept.get(key)
  if (alike !== undefined) for (const one of alike) if (one.text === text) return one.signature
  const signature = textSignature(text)
  if (!metOnce.has(key)) {
    if (metOnce.size === MAX_MET_ONCE) metOnce.clear()
    metOnce.add(key)
    return signature
  }
  if (keptChars + text.length > MAX_KEPT_CHARS) {
    kept.clear()
    keptChars = 0
    alike = undefined
  }
  if (alike === undefined) kept.set(key, (alike = []))
  alike.push({ text, signature })
  keptChars += text.length
  return signature
}
