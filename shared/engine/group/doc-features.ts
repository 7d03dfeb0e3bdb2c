// What the grouper computes once per document, so that comparisons are cheap.

import type { GroupInput } from './group-model'
import { textSignature, type Signature } from './minhash'
import { contentTokens } from './token-similarity'

/** Bodies longer than this are signed from their first part only: enough to tell variants apart. */
const MAX_SIGNED_CHARS = 60_000

export interface DocFeatures {
  readonly signature: Signature
  readonly descriptionTokens: ReadonlySet<string>
}

export function docFeatures(input: GroupInput): DocFeatures {
  const body = input.body.length > MAX_SIGNED_CHARS ? input.body.slice(0, MAX_SIGNED_CHARS) : input.body
  return { signature: textSignature(body), descriptionTokens: contentTokens(input.description) }
}
