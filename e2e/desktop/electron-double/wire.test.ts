// The double's IPC text carries what Electron's IPC carries (structured-clone data) unchanged,
// and its stand-in origin maps app:// URLs both ways.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toAppUrl, toPageUrl } from './scheme-urls'
import { decodeWire, encodeWire } from './wire'

const cloneable = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(undefined, null, Number.NaN, Infinity, -Infinity, -0),
    fc.boolean(),
    fc.double(),
    fc.string(),
    fc.bigInt(),
    fc.date({ noInvalidDate: true }),
    fc.uint8Array(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
    fc.array(fc.tuple(fc.string(), tie('value')), { maxLength: 3 }).map((entries) => new Map(entries)),
    fc.array(fc.string(), { maxLength: 3 }).map((items) => new Set(items)),
  ),
})).value

describe('wire', () => {
  it('gives back what structuredClone gives', () => {
    fc.assert(
      fc.property(cloneable, (value) => {
        expect(decodeWire(encodeWire(value))).toEqual(structuredClone(value))
      }),
    )
  })

  it('keeps a member named __proto__ as a member, as structuredClone does', () => {
    const value = JSON.parse('{"__proto__": -0, "a": {"__proto__": [1]}}') as unknown
    expect(decodeWire(encodeWire(value))).toEqual(structuredClone(value))
    expect(Object.hasOwn(decodeWire(encodeWire(value)) as object, '__proto__')).toBe(true)
  })

  it('keeps undefined members and -0, which JSON loses', () => {
    const back = decodeWire(encodeWire({ force: undefined, zero: -0 })) as Record<string, unknown>
    expect(Object.hasOwn(back, 'force')).toBe(true)
    expect(Object.is(back.zero, -0)).toBe(true)
  })

  it('refuses a function, as Electron cannot clone one', () => {
    expect(() => encodeWire({ call: () => 1 })).toThrow('An object could not be cloned.')
  })
})

describe('scheme URLs', () => {
  const schemes = new Set(['app'])
  it('maps app:// to the stand-in origin and back', () => {
    const page = toPageUrl('app://agent-merge/assets/index.js?v=1#x', schemes)
    expect(page).toBe('https://agent-merge.app.electron-double.test/assets/index.js?v=1#x')
    expect(toAppUrl(page)).toBe('app://agent-merge/assets/index.js?v=1#x')
  })

  it('leaves other URLs alone', () => {
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'about:blank', 'other://agent-merge/']) {
      expect(toAppUrl(toPageUrl(url, schemes))).toBe(url)
    }
  })
})
