// Small text measures for the reasons a proposal gives.

const WORD = /[\p{L}\p{N}_]+/gu

export function countWords(text: string): number {
  let n = 0
  for (const _ of text.matchAll(WORD)) n++
  return n
}

export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`
}

/** "3", "2 and 3", "2, 3 and 5" (1-based variant numbers, as people see them). */
export function variantList(variants: readonly number[]): string {
  const names = variants.map((v) => String(v + 1))
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

export function percent(x: number): string {
  return `${Math.round(x * 100)} %`
}
