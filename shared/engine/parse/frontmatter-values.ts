// Small helpers shared by the strict, repaired and lenient frontmatter readers.

import type { FrontmatterValue } from '../model'
import { readStrictYaml } from './strict-yaml'

export function isPlainObject(value: unknown): value is { readonly [key: string]: FrontmatterValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key)
}

/** A scalar value as the string a name or description reads as; null for lists and maps. */
export function scalarString(value: FrontmatterValue): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return null
}

/** Whether two values write the same JSON, strings compared without writing them (most values
 *  are long descriptions): a string writes as itself quoted, so it writes the same only as an
 *  equal string, and never as a value of another type does. */
export function sameValue(a: FrontmatterValue | undefined, b: FrontmatterValue | undefined): boolean {
  if (a === b) return true
  return typeof a !== 'string' && typeof b !== 'string' && JSON.stringify(a) === JSON.stringify(b)
}

/** The value of `key` when `raw` alone is strict YAML holding exactly that one key; else undefined. */
export function strictValueOfEntry(raw: string, key: string): FrontmatterValue | undefined {
  const result = readStrictYaml(raw)
  if (!result.ok || !isPlainObject(result.value)) return undefined
  const keys = Object.keys(result.value)
  if (keys.length !== 1 || keys[0] !== key) return undefined
  return result.value[key]
}
