// The scratch marks that token-set comparisons and set building share (see TokenSpace).

/** Stamps marking one set's tokens, shared by every space (one set is marked at a time, and a
 *  stamp is never used twice): a table per space, grown by doubling, was a few hundred KB for
 *  each group compared. Index: a token number of any space. */
export const scratch = { stamps: new Int32Array(1024), generation: 0 }

export function nextStamp(): number {
  if (scratch.generation === 0x7fffffff) {
    scratch.stamps.fill(0)
    scratch.generation = 0
  }
  return ++scratch.generation
}

/** Makes the stamps long enough for token number `id` (numbers grow as spaces number tokens). */
export function makeRoomForToken(id: number): void {
  if (id < scratch.stamps.length) return
  const grown = new Int32Array(Math.max(id + 1, scratch.stamps.length * 2))
  grown.set(scratch.stamps)
  scratch.stamps = grown
}
