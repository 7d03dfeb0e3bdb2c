// SHA-256 of the UTF-8 encoding of a string, lowercase hex. Pure TypeScript: the engine runs
// in Node, the renderer and workers, so it uses neither Node crypto nor TextEncoder.
//
// Speed matters (every parsed file is hashed): the text is encoded in chunks into one scratch
// buffer and hashed as it goes (no allocation per call beyond the result), the message schedule
// lives in one Int32Array, and the compression runs eight rounds per loop turn with the eight
// working variables renamed instead of shifted.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])

/** Code units encoded per chunk where the text is not ASCII: at most 3 bytes each. */
const CHUNK_UNITS = 64
/** Scratch space, reused by every call: under 64 carried-over bytes, one chunk (+3 for a
 *  surrogate pair straddling the chunk end) and the padding. Calls are synchronous and never
 *  nested, so sharing it is safe; it never holds anything between calls. */
const scratch = new Uint8Array(64 + CHUNK_UNITS * 3 + 3 + 72)
const schedule = new Int32Array(64)

const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

/** UTF-8 bytes of `text`; a lone surrogate becomes U+FFFD (EF BF BD), as Node's Buffer does. */
export function utf8Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3)
  return out.subarray(0, encodeUtf8(text, 0, text.length, out, 0))
}

/** Writes the UTF-8 encoding of `text[from..to)` into `out` at `at`; returns where it ended.
 *  `out` needs 3 bytes per code unit. A pair split by `to` would read as two lone surrogates:
 *  callers cut between pairs. */
function encodeUtf8(text: string, from: number, to: number, out: Uint8Array, at: number): number {
  let n = at
  for (let i = from; i < to; i++) {
    let cp = text.charCodeAt(i)
    if (cp < 0x80) {
      out[n++] = cp
      continue
    }
    if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6)
      out[n++] = 0x80 | (cp & 0x3f)
      continue
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = i + 1 < to ? text.charCodeAt(i + 1) : 0
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00)
        i++
        out[n++] = 0xf0 | (cp >> 18)
        out[n++] = 0x80 | ((cp >> 12) & 0x3f)
        out[n++] = 0x80 | ((cp >> 6) & 0x3f)
        out[n++] = 0x80 | (cp & 0x3f)
        continue
      }
      cp = 0xfffd
    }
    out[n++] = 0xe0 | (cp >> 12)
    out[n++] = 0x80 | ((cp >> 6) & 0x3f)
    out[n++] = 0x80 | (cp & 0x3f)
  }
  return n
}

export function sha256Hex(text: string): string {
  const state = initialState()
  const length = text.length
  let filled = 0 // bytes waiting in scratch (under 64 between steps)
  let total = 0
  let i = 0
  while (i < length) {
    // Most text is ASCII: whole 64-character blocks go straight from the string to the hash.
    if (filled === 0) {
      const next = compressAsciiBlocks(state, text, i)
      total += next - i
      i = next
      if (i >= length) break
    }
    // Otherwise encode a chunk into scratch, hash its whole blocks, carry the rest...
    let to = Math.min(length, i + CHUNK_UNITS)
    if (to < length && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) to++ // keep a pair whole
    const end = encodeUtf8(text, i, to, scratch, filled)
    total += end - filled
    filled = consumeBlocks(state, scratch, end)
    i = to
    // ...and top the carry up with the ASCII that follows, back to a block boundary.
    while (filled !== 0 && i < length) {
      const c = text.charCodeAt(i)
      if (c >= 0x80) break
      scratch[filled++] = c
      i++
      total++
      if (filled === 64) {
        compress(state, scratch, 0, 64)
        filled = 0
      }
    }
  }
  return finish(state, filled, total)
}

/** Hashes the whole 64-character blocks of ASCII from `text[from]` on; returns where it stopped
 *  (at a block holding a non-ASCII character, or fewer than 64 characters from the end). */
function compressAsciiBlocks(state: Int32Array, text: string, from: number): number {
  const w = schedule
  let p = from
  while (p + 64 <= text.length) {
    let any = 0
    for (let t = 0, q = p; t < 16; t++, q += 4) {
      const a = text.charCodeAt(q), b = text.charCodeAt(q + 1), c = text.charCodeAt(q + 2), d = text.charCodeAt(q + 3)
      any |= a | b | c | d
      w[t] = (a << 24) | (b << 16) | (c << 8) | d
    }
    if (any >= 0x80) break
    compressSchedule(state, w)
    p += 64
  }
  return p
}

export function sha256HexOfBytes(bytes: Uint8Array): string {
  const state = initialState()
  const whole = bytes.length - (bytes.length % 64)
  compress(state, bytes, 0, whole)
  scratch.set(bytes.subarray(whole))
  return finish(state, bytes.length - whole, bytes.length)
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

function initialState(): Int32Array {
  return new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19])
}

/** Hashes the whole blocks of `buffer[0..end)` and moves the rest to the front; returns its length. */
function consumeBlocks(state: Int32Array, buffer: Uint8Array, end: number): number {
  const whole = end - (end % 64)
  compress(state, buffer, 0, whole)
  buffer.copyWithin(0, whole, end)
  return end - whole
}

/** Pads the `filled` bytes left in scratch (message of `total` bytes), hashes them, returns hex. */
function finish(state: Int32Array, filled: number, total: number): string {
  const paddedLength = filled + 9 <= 64 ? 64 : 128
  scratch.fill(0, filled, paddedLength)
  scratch[filled] = 0x80
  // The bit length as a 64-bit big-endian integer (beyond 32 bits for texts over 512 MB).
  const high = Math.floor(total / 0x20000000)
  const low = (total << 3) >>> 0
  scratch[paddedLength - 8] = high >>> 24
  scratch[paddedLength - 7] = (high >>> 16) & 0xff
  scratch[paddedLength - 6] = (high >>> 8) & 0xff
  scratch[paddedLength - 5] = high & 0xff
  scratch[paddedLength - 4] = low >>> 24
  scratch[paddedLength - 3] = (low >>> 16) & 0xff
  scratch[paddedLength - 2] = (low >>> 8) & 0xff
  scratch[paddedLength - 1] = low & 0xff
  compress(state, scratch, 0, paddedLength)
  let hex = ''
  for (let i = 0; i < 8; i++) {
    const word = state[i]!
    hex += HEX_BYTES[(word >>> 24) & 0xff]! + HEX_BYTES[(word >>> 16) & 0xff]! + HEX_BYTES[(word >>> 8) & 0xff]! + HEX_BYTES[word & 0xff]!
  }
  return hex
}

/** The SHA-256 compression function over the 64-byte blocks of `bytes[from..to)`. */
function compress(state: Int32Array, bytes: Uint8Array, from: number, to: number): void {
  const w = schedule
  for (let p = from; p < to; p += 64) {
    for (let t = 0, q = p; t < 16; t++, q += 4) {
      w[t] = (bytes[q]! << 24) | (bytes[q + 1]! << 16) | (bytes[q + 2]! << 8) | bytes[q + 3]!
    }
    compressSchedule(state, w)
  }
}

/** One block: `w[0..16)` holds its words; extends the schedule and updates `state`. */
function compressSchedule(state: Int32Array, w: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15]!
    const y = w[t - 2]!
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0
  }
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!
  let e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!
  // One round: T1 = h + Σ1(e) + Ch(e,f,g) + K[t] + W[t]; d += T1; h = T1 + Σ0(a) + Maj(a,b,c).
  // Eight rounds per turn, each naming the variables one step further along, so no shifting.
  for (let t = 0; t < 64; t += 8) {
    let t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[t]! + w[t]!) | 0
    d = (d + t1) | 0
    h = (t1 + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0
    t1 = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + K[t + 1]! + w[t + 1]!) | 0
    c = (c + t1) | 0
    g = (t1 + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) | (b & (h | a)))) | 0
    t1 = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + K[t + 2]! + w[t + 2]!) | 0
    b = (b + t1) | 0
    f = (t1 + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) | (a & (g | h)))) | 0
    t1 = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + K[t + 3]! + w[t + 3]!) | 0
    a = (a + t1) | 0
    e = (t1 + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) | (h & (f | g)))) | 0
    t1 = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + K[t + 4]! + w[t + 4]!) | 0
    h = (h + t1) | 0
    d = (t1 + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) | (g & (e | f)))) | 0
    t1 = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + K[t + 5]! + w[t + 5]!) | 0
    g = (g + t1) | 0
    c = (t1 + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) | (f & (d | e)))) | 0
    t1 = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + K[t + 6]! + w[t + 6]!) | 0
    f = (f + t1) | 0
    b = (t1 + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) | (e & (c | d)))) | 0
    t1 = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + K[t + 7]! + w[t + 7]!) | 0
    e = (e + t1) | 0
    a = (t1 + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) | (d & (b | c)))) | 0
  }
  state[0] = (state[0]! + a) | 0
  state[1] = (state[1]! + b) | 0
  state[2] = (state[2]! + c) | 0
  state[3] = (state[3]! + d) | 0
  state[4] = (state[4]! + e) | 0
  state[5] = (state[5]! + f) | 0
  state[6] = (state[6]! + g) | 0
  state[7] = (state[7]! + h) | 0
}
