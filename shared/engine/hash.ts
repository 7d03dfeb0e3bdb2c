// SHA-256 where the engine itself hashes: section texts and values in recipes, decision file
// names, a document parsed without the host's facts. File bytes are hashed by the host, natively
// (node:crypto), and passed in (parseDocument's HostFacts). @noble/hashes is pure TypeScript, so
// this runs in Node, the renderer and workers alike.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

// Node, browsers and workers all have TextEncoder; the engine's type config has no globals.
declare const TextEncoder: new () => { encode(text: string): Uint8Array }
// One encoder for every call (noble's utf8ToBytes makes one per call, and copies and wipes its output).
const encoder = new TextEncoder()

let hashText = (text: string): string => bytesToHex(sha256(encoder.encode(text)))

/** SHA-256 of the UTF-8 encoding of `text` (a lone surrogate as U+FFFD, as Node's Buffer does),
 *  lowercase hex. */
export function sha256Hex(text: string): string {
  return hashText(text)
}

/** A host with a native SHA-256 (Node's crypto) hashes for the engine: the same digests (the
 *  host's tests check it), several times faster on the megabytes a merge of large files hashes
 *  (every section twice, then the output), where the JavaScript one is still cold. */
export function useNativeSha256(native: (text: string) => string): void {
  hashText = native
}
