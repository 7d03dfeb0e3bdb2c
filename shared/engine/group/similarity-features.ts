// What the grouper computes once per document, so that comparisons are cheap.

import type { GroupInput } from './group-model'
import type { Signature } from './minhash'
import { repeatedTextSignature } from './repeated-signatures'
import type { TokenVocabulary } from './token-similarity'

/** Bodies longer than this are signed from their first part only: enough to tell variants apart. */
const MAX_SIGNED_CHARS = 60_000

/** What near-duplicate scoring compares: a MinHash signature of the body and the description's words. */
export interface SimilarityFeatures {
  readonly signature: Signature
  /** The description's content tokens, numbered by the grouping's TokenVocabulary. */
  readonly descriptionTokens: readonly number[]
}

export function similarityFeatures(input: GroupInput, vocabulary: TokenVocabulary): SimilarityFeatures {
  const body = input.body.length > MAX_SIGNED_CHARS ? input.body.slice(0, MAX_SIGNED_CHARS) : input.body
  return { signature: repeatedTextSignature(body), descriptionTokens: vocabulary.numbersOfText(input.description) }
}

/** All grouping keeps of a file besides its body (see groupPrepared): a few hundred bytes.
 *  Every input of one grouping is prepared with the same vocabulary. */
export interface PreparedGroupInput {
  readonly path: string
  readonly identity: string
  readonly features: SimilarityFeatures
}

export function prepareGroupInput(input: GroupInput, vocabulary: TokenVocabulary): PreparedGroupInput {
  return { path: input.path, identity: input.identity, features: similarityFeatures(input, vocabulary) }
}
