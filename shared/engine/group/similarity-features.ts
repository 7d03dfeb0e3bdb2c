// What the grouper computes once per document, so that comparisons are cheap.

import type { GroupInput } from './group-model'
import { textSignature, type Signature } from './minhash'
import { contentTokens } from './token-similarity'

/** Bodies longer than this are signed from their first part only: enough to tell variants apart. */
const MAX_SIGNED_CHARS = 60_000

/** What near-duplicate scoring compares: a MinHash signature of the body and the description's words. */
export interface SimilarityFeatures {
  readonly signature: Signature
  readonly descriptionTokens: ReadonlySet<string>
}

export function similarityFeatures(input: GroupInput): SimilarityFeatures {
  const body = input.body.length > MAX_SIGNED_CHARS ? input.body.slice(0, MAX_SIGNED_CHARS) : input.body
  return { signature: textSignature(body), descriptionTokens: contentTokens(input.description) }
}
