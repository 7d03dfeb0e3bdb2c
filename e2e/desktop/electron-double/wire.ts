// What crosses the double's IPC link (the page's isolated world <-> this Node process) as text:
// structured-clone data (what Electron's IPC carries) in a tagged JSON, so undefined, Map, Set,
// Date, bigint, typed arrays and non-finite numbers survive as they do in Electron. Callers
// structuredClone first, so what cannot be cloned fails as it would in Electron.
// Pure: used by the page scripts and by Node.

type Wire = null | boolean | number | string | Wire[] | { readonly [key: string]: Wire }

const TAG = '$wire'

export function toWire(value: unknown): Wire {
  if (value === undefined) return { [TAG]: 'undefined' }
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : { [TAG]: 'number', v: Object.is(value, -0) ? '-0' : String(value) }
  if (typeof value === 'bigint') return { [TAG]: 'bigint', v: value.toString() }
  if (Array.isArray(value)) return value.map(toWire)
  if (value instanceof Date) return { [TAG]: 'date', v: value.getTime() }
  if (value instanceof Map) return { [TAG]: 'map', v: [...value].map(([k, v]) => [toWire(k), toWire(v)]) }
  if (value instanceof Set) return { [TAG]: 'set', v: [...value].map(toWire) }
  if (value instanceof Uint8Array) return { [TAG]: 'bytes', v: [...value] }
  if (value instanceof Error) return { [TAG]: 'error', name: value.name, message: value.message }
  // (fromEntries defines own members: assigning `out['__proto__']` would set a prototype instead.)
  if (typeof value === 'object') return { [TAG]: 'object', v: Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item)])) }
  throw new Error('An object could not be cloned.')
}

export function fromWire(wire: Wire): unknown {
  if (wire === null || typeof wire !== 'object') return wire
  if (Array.isArray(wire)) return wire.map(fromWire)
  const tagged = wire as Record<string, Wire>
  const v = tagged.v as Wire
  switch (tagged[TAG]) {
    case 'undefined':
      return undefined
    case 'number':
      return Number(v)
    case 'bigint':
      return BigInt(v as string)
    case 'date':
      return new Date(v as number)
    case 'map':
      return new Map((v as Wire[][]).map(([k, item]) => [fromWire(k!), fromWire(item!)]))
    case 'set':
      return new Set((v as Wire[]).map(fromWire))
    case 'bytes':
      return Uint8Array.from(v as number[])
    case 'error': {
      const error = new Error(tagged.message as string)
      error.name = tagged.name as string
      return error
    }
    case 'object':
      return Object.fromEntries(Object.entries(v as Record<string, Wire>).map(([key, item]) => [key, fromWire(item)]))
    default:
      throw new Error(`wire: unknown value ${JSON.stringify(wire).slice(0, 80)}`)
  }
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(toWire(value))
}

export function decodeWire(text: string): unknown {
  return fromWire(JSON.parse(text) as Wire)
}

/** Messages from a page's isolated world to Node (the CDP binding's payload). */
export type FromPage =
  | { readonly kind: 'invoke'; readonly id: number; readonly channel: string; readonly args: string }
  | { readonly kind: 'send'; readonly channel: string; readonly args: string }
  | { readonly kind: 'preload-error'; readonly message: string; readonly stack: string }

/** Messages from Node to a page's isolated world. */
export type ToPage =
  | { readonly kind: 'reply'; readonly id: number; readonly ok: true; readonly value: string }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: false; readonly message: string }
  | { readonly kind: 'event'; readonly channel: string; readonly args: string }
