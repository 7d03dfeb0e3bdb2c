// Writing a large JSON report in batches of entries, byte for byte what
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

/** JSON.stringify(value, null, 2) nested one level deep (strings hold no raw newline). */
const indented = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')


/** Elements `from` to `to` (exclusive) of a list field, as JSON.stringify(…, null, 2) writes
 *  them inside the report: one flat string from one stringify, cut out of `[[…]]` (which
 *  indents the elements two levels deep and puts ",\n" between them), with no pass over the
 *  text to indent it and no concatenation that the check of each write would copy again. */
function elementsText(list: JsonList, from: number, to: number): string {
  const batch: unknown[] = []
  for (let i = from; i < to; i++) batch.push(list.item(i))
  return JSON.stringify([batch], null, 2).slice('[\n  [\n'.length, -'\n  ]\n]'.length)
}

/** The object of `fields` as JSON.stringify(…, null, 2) writes it, plus a newline, in writes of
 *  about `chunk` characters: a list's elements are written in batches sized from the previous
 *  batch's length per element. Batches stay well under V8's large-object size (128 KB of
 *  one-byte text, 64 K characters of two-byte): a larger string is allocated and freed page by
 *  page, and one non-Latin-1 character turns a whole batch into slower two-byte text. */
export function writeJsonFields(fields: JsonFields, write: (text: string) => void, chunk = 32 * 1024): void {
  let out = '{\n'
  fields.forEach(([key, value], f) => {
    out += `  ${JSON.stringify(key)}: `
    if (!isJsonList(value)) out += indented(value)
    else if (value.length === 0) out += '[]'
    else {
      write(`${out}[\n`)
      let perElement = 0
      for (let from = 0; from < value.length; ) {
        const to = Math.min(value.length, from + (perElement === 0 ? 1 : Math.max(1, Math.floor(chunk / perElement))))
        const text = elementsText(value, from, to)
        perElement = text.length / (to - from)
        write(text)
        write(to < value.length ? ',\n' : '\n')
        from = to
      }
      out = '  ]'
    }
    out += f + 1 < fields.length ? ',\n' : '\n'
  })
  write(`${out}}\n`)
}

/** The fields as one object (tests). */
export function jsonObject(fields: JsonFields): Record<string, unknown> {
  return Object.fromEntries(fields.map(([key, value]) => [key, isJsonList(value) ? Array.from({ length: value.length }, (_, i) => value.item(i)) : value]))
}
