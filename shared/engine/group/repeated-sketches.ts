// The sketches of a body met before are not computed again: variants are often copies that
// differ only in their frontmatter, and one template often stands under many names.

import { textSketches, type TextSketches } from './minhash'
import { RepeatedTexts } from './repeated-texts'

const signed = new RepeatedTexts<TextSketches>(1 << 22)

/** textSketches(text), taken from an equal text read before when there is one. */
export function repeatedTextSketches(text: string): TextSketches {
  const known = signed.find(text)
  if (known !== undefined) return known
  const sketches = textSketches(text)
  if (signed.metBefore(text)) signed.keep(text, sketches)
  return sketches
}
