// Finding a long text met before without hashing all of it.

/** A hash of a text's length and of about 256 of its units, evenly spaced: texts are found by
 *  it and then compared whole (hashing every unit of the string cost as much as comparing). */
export function sampleHash(text: string): number {
  const length = text.length
  const step = (length >> 8) + 1
  let hash = length
  for (let i = 0; i < length; i += step) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash
}
