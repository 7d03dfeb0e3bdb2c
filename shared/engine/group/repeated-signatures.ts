// The signature of a body met before is not computed again: variants are often copies that
// differ only in their frontmatter, and one template often stands under many names.

import { textSignature, type Signature } from './minhash'
import { RepeatedTexts } from './repeated-texts'

const signed = new RepeatedTexts<Signature>(1 << 22)

/** textSignature(text), taken from an equal text signed before when there is one. */
export function repeatedTextSignature(text: string): Signature {
  const known = signed.find(text)
  if (known !== undefined) return known
  const signature = textSignature(text)
  if (signed.metBefore(text)) signed.keep(text, signature)
  return signature
}
