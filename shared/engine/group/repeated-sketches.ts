// The sketches of a body met before are not computed again: variants are often copies that
// differ only in their frontmatter, and one template often stands under many names.

import { textSketches, type TextSketches } from './minhash'
import { RepeatedTexts } from './repeated-texts'

const sketched = new RepeatedTexts<TextSketches>(1 << 22)

/** textSketches(text), taken from an equal text read before when there is one. */
export function repeatedTextSketches(text: string): TextSketches {
  const known = sketched.find(text)
  if (known !== undefined) return known
  const sketches = textSketches(text)
  if (sketched.metBefore(text)) sketched.keep(text, sketches)
  return sketches
}
