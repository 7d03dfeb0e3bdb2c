import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256Hex, sha256HexOfBytes, utf8Bytes } from './hash'

const nodeSha = (s: string): string => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex')

describe('sha256Hex', () => {
  it('matches known vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('matches Node crypto across block boundaries (55, 56, 63, 64, 65 bytes)', () => {
    for (const n of [55, 56, 57, 63, 64, 65, 119, 120, 1000]) expect(sha256Hex('a'.repeat(n))).toBe(nodeSha('a'.repeat(n)))
  })

  it('matches Node crypto on emoji, surrogate pairs and lone surrogates', () => {
    for (const s of ['😀', 'a😀b', '\ud83d', '\ude00', 'x\ud83dy', '\ude00\ud83d', '\ud83d\ud83d\ude00', 'é中\u0000\uffff']) {
      expect(sha256Hex(s)).toBe(nodeSha(s))
    }
  })

  it('matches Node crypto on arbitrary strings, lone surrogates included', () => {
    const unit = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }))
    fc.assert(fc.property(unit, (s) => sha256Hex(s) === nodeSha(s)), { numRuns: 300 })
  })

  // ASCII goes to the hash 64 characters at a time straight from the string; other text is
  // encoded in chunks of 64 code units: pairs, lone surrogates and multi-byte characters at any
  // offset from a block or chunk edge must hash as one piece does.
  it('matches Node crypto across block and chunk edges (surrogate pairs and lone surrogates at the cut)', () => {
    const lengths = [...Array.from({ length: 140 }, (_, n) => n), 8185, 8190, 8191, 8192, 8193]
    for (const tail of ['😀', '\ud83d\ud83d\ude00', '\ud83d', '\ude00', 'é', '中x', '\ud83dz😀']) {
      for (const n of lengths) {
        const s = 'a'.repeat(n) + tail + 'b'.repeat(70)
        expect(sha256Hex(s)).toBe(nodeSha(s))
      }
    }
    const long = 'line — with ünïcode 😀 and text\n'.repeat(5000)
    expect(sha256Hex(long)).toBe(nodeSha(long))
  })

  it('matches Node crypto on long arbitrary strings cut anywhere', () => {
    const piece = fc.string({ unit: 'binary', maxLength: 40 })
    fc.assert(fc.property(fc.integer({ min: 8150, max: 8200 }), piece, fc.integer({ min: 0, max: 3 }), (n, s, reps) => {
      const text = 'x'.repeat(n) + s.repeat(reps + 1) + 'y'.repeat(n)
      return sha256Hex(text) === nodeSha(text)
    }), { numRuns: 200 })
  })

  it('matches Node crypto on ASCII runs of any length between other characters', () => {
    const segment = fc.oneof(fc.nat({ max: 200 }).map((n) => 'abcdefghij'.repeat(21).slice(0, n)), fc.constantFrom('é', '😀', '中', '\ud83d', '\ude00', '\u007f', '\u0080'))
    fc.assert(fc.property(fc.array(segment, { maxLength: 12 }), (parts) => {
      const text = parts.join('')
      return sha256Hex(text) === nodeSha(text)
    }), { numRuns: 500 })
  })

  it('hashes bytes as Node crypto does, and as the text they encode', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => sha256HexOfBytes(bytes) === createHash('sha256').update(bytes).digest('hex')), { numRuns: 200 })
    const text = 'é😀'.repeat(100)
    expect(sha256HexOfBytes(utf8Bytes(text))).toBe(sha256Hex(text))
  })

  it('encodes UTF-8 as Buffer does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => Buffer.from(utf8Bytes(s)).equals(Buffer.from(s, 'utf8'))), { numRuns: 300 })
  })
})
