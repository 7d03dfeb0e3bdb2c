// Writing a large JSON report a few hundred entries at a time, byte for byte what
// JSON.stringify(value, null, 2) writes: a 100,000-file scan report was a 90 MB string and its
// object tree at once, and every write of the CLI is checked for control characters again.

/** A list field whose elements are built only when they are written. */
export interface JsonList {
  readonly length: number
  item(index: number): unknown
}

export type JsonFields = readonly (readonly [string, unknown | JsonList])[]

export function jsonList<T>(items: readonly T[], toJson: (item: T) => unknown): JsonList {
  return { length: items.length, item: (index) => toJson(items[index]!) }
}

export const isJsonList = (value: unknown): value is JsonList => typeof value === 'object' && value !== null && 'item' in value

/** JSON.stringify(value, null, 2) nested `depth` levels deep (strings hold no raw newline). */
const indented = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`)

/** The object of `fields` as JSON.stringify(…, null, 2) writes it, plus a newline, in chunks of
 *  about 256 KB. */
export function writeJsonFields(fields: JsonFields, write: (text: string) => void): void {
  let out = '{\n'
  fields.forEach(([key, value], f) => {
    out += `  ${JSON.stringify(key)}: `
    if (!isJsonList(value)) out += indented(value, 1)
    else if (value.length === 0) out += '[]'
    else {
      out += '[\n'
      for (let i = 0; i < value.length; i++) {
        out += `    ${indented(value.item(i), 2)}${i + 1 < value.length ? ',' : ''}\n`
        if (out.length >= 256 * 1024) {
          write(out)
          out = ''
        }
      }
      out += '  ]'
    }
    out += f + 1 < fields.length ? ',\n' : '\n'
  })
  write(`${out}}\n`)
}

/** The fields as one object (tests). */
export function jsonObject(fields: JsonFields): Record<string, unknown> {
  return Object.fromEntries(fields.map(([key, value]) => [key, isJsonList(value) ? Array.from({ length: value.length }, (_, i) => value.item(i)) : value]))
}
