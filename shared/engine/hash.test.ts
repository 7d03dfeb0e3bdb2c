import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from './hash'

const nodeSha = (s: string): string => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex')

describe('sha256Hex', () => {
  it('matches known vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('hashes the text as the host hashes its bytes: emoji, surrogate pairs and lone surrogates', () => {
    for (const s of ['😀', 'a😀b', '\ud83d', '\ude00', 'x\ud83dy', '\ude00\ud83d', '\ud83d\ud83d\ude00', 'é中\u0000\uffff', 'a'.repeat(64)]) {
      expect(sha256Hex(s)).toBe(nodeSha(s))
    }
  })

  it('matches Node crypto on arbitrary strings, lone surrogates included', () => {
    const unit = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }))
    fc.assert(fc.property(unit, (s) => sha256Hex(s) === nodeSha(s)), { numRuns: 300 })
  })
})
