// What the grouper computes once per document, so that comparisons are cheap.

import type { GroupInput } from './group-model'
import type { LikenessSketch } from './likeness'
import type { Signature, TextSketches } from './minhash'
import { repeatedTextSketches } from './repeated-sketches'
import type { TokenVocabulary } from './token-similarity'

/** Bodies longer than this are signed from their first part only: enough to tell variants apart. */
const MAX_SIGNED_CHARS = 60_000

/** What near-duplicate scoring compares (a MinHash signature of the body and the description's
 *  words) and the sketch a group's likeness figure compares (likeness.ts). */
export interface SimilarityFeatures {
  readonly signature: Signature
  readonly likeness: LikenessSketch
  /** The description's content tokens, numbered by the grouping's TokenVocabulary. */
  readonly descriptionTokens: readonly number[]
}

/** The sketches of a body (of its first MAX_SIGNED_CHARS characters). */
export function bodySketches(body: string): TextSketches {
  return repeatedTextSketches(body.length > MAX_SIGNED_CHARS ? body.slice(0, MAX_SIGNED_CHARS) : body)
}

export function similarityFeatures(input: GroupInput, vocabulary: TokenVocabulary): SimilarityFeatures {
  const { signature, likeness } = bodySketches(input.body)
  return { signature, likeness, descriptionTokens: vocabulary.numbersOfText(input.description) }
}

/** All grouping keeps of a file (see groupPrepared): about 1.5 KB (a 1 KB likeness
 *  sketch, a 256-byte signature, the description's words), never its body.
 *  Every input of one grouping is prepared with the same vocabulary. */
export interface PreparedGroupInput {
  readonly path: string
  readonly identity: string
  readonly features: SimilarityFeatures
}

export function prepareGroupInput(input: GroupInput, vocabulary: TokenVocabulary): PreparedGroupInput {
  return { path: input.path, identity: input.identity, features: similarityFeatures(input, vocabulary) }
}
