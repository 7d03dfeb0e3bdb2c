import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../shared/engine/hash'
import { classifyBytes, sha256HexOfBytes, sha256HexOfText } from './file-bytes'

// The host hands the engine its facts about each text (parseDocument's HostFacts), which the
// engine takes on trust: they must equal what the engine would compute itself.
describe('the facts the host gives the engine', () => {
  const text = fc.string({ unit: fc.constantFrom('a', '\n', '\r\n', '\0', 'é', '😀', '\ufeff'), maxLength: 40 })
  const padding = fc.constantFrom(0, 8200)

  it('nulFree says whether the text holds a NUL, before and after the binary sniff', () => {
    fc.assert(fc.property(padding, text, (pad, tail) => {
      const verdict = classifyBytes(Buffer.from('x'.repeat(pad) + tail, 'utf8'))
      if (verdict.kind === 'text') expect(verdict.nulFree).toBe(!verdict.text.includes('\0'))
      else expect(verdict.kind).toBe('binary') // a NUL in the first 8 KB
    }), { numRuns: 300 })
  })

  it('a NUL is binary up to byte 8,191 and text from byte 8,192, from a Buffer or plain bytes', () => {
    for (const asBytes of [(b: Buffer): Uint8Array => b, (b: Buffer): Uint8Array => new Uint8Array(b)]) {
      const at = (offset: number): Uint8Array => asBytes(Buffer.from(`${'x'.repeat(offset)}\0y`, 'utf8'))
      expect(classifyBytes(at(8191)).kind).toBe('binary')
      expect(classifyBytes(at(8192))).toEqual({ kind: 'text', text: `${'x'.repeat(8192)}\0y`, nulFree: false })
      expect(classifyBytes(asBytes(Buffer.from('\ufeffa', 'utf8')))).toEqual({ kind: 'text', text: '\ufeffa', nulFree: true })
    }
  })

  it('a file cut inside a character does not spoil the next one read', () => {
    expect(classifyBytes(Buffer.from([0x61, 0x0a, 0xe2, 0x82]))).toEqual({ kind: 'invalid-utf8', line: 2 })
    expect(classifyBytes(Buffer.from('é', 'utf8'))).toEqual({ kind: 'text', text: 'é', nulFree: true })
  })

  it('the native text hash the CLI gives the engine equals its own, lone surrogates too', () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', '\n', 'é', '😀', '\ud83d', '\ude00', '\ufeff', '\u2028'), maxLength: 40 })
    fc.assert(fc.property(anyText, (value) => {
      expect(sha256HexOfText(value)).toBe(sha256Hex(value))
    }), { numRuns: 500 })
  })

  it('the hash of the bytes and of the text equal the engine\'s hash of the text', () => {
    fc.assert(fc.property(text, (value) => {
      const bytes = Buffer.from(value, 'utf8')
      expect(sha256HexOfBytes(bytes)).toBe(sha256Hex(value))
      expect(sha256HexOfText(value)).toBe(sha256Hex(value))
    }), { numRuns: 300 })
  })
})
