// Every command's arguments, read by node:util parseArgs under one set of rules: known options
// only, `--name value`, `--name=value`, `-o value`, list options given again or comma-separated
// (`--only a --only b,c`), `--` ends options. Unknown options, a missing value, a value on a
// flag and a single-value option given twice are usage errors (exit 2) naming the option.

import { parseArgs as readTokens } from 'node:util'
import { usageError } from './cli-error'

export interface OptionSpec {
  readonly type: 'boolean' | 'string' | 'list'
  /** One-letter alias, e.g. `o` for `--output`. */
  readonly short?: string
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>

export interface ParsedArgs {
  readonly positionals: readonly string[]
  readonly strings: Readonly<Record<string, string>>
  readonly flags: ReadonlySet<string>
  /** Values of list options, in order (empty values dropped). */
  readonly lists: Readonly<Record<string, readonly string[]>>
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs, command: string): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, { type: spec.type === 'boolean' ? ('boolean' as const) : ('string' as const), ...(spec.short ? { short: spec.short } : {}) }]),
  )
  // Not strict: node's own errors are several lines long; the checks below say it in one.
  const { tokens } = readTokens({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true })
  const positionals: string[] = []
  const strings: Record<string, string> = {}
  const flags = new Set<string>()
  const lists: Record<string, string[]> = {}
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value)
    if (token.kind !== 'option') continue
    const { name, rawName } = token
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined
    const isShort = !rawName.startsWith('--')
    if (spec === undefined || (isShort && spec.short !== rawName.slice(1))) {
      throw usageError(`unknown option ${isShort ? argv[token.index] : rawName}`, command)
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw usageError(`option ${rawName} takes no value`, command)
      flags.add(name)
      continue
    }
    // `-o=x` has always meant x (node would read "=x").
    const value = isShort && token.inlineValue ? token.value?.replace(/^=/, '') : token.value
    if (value === undefined || (!token.inlineValue && value.length > 1 && value.startsWith('-'))) throw usageError(`option ${rawName} needs a value`, command)
    if (spec.type === 'list') {
      lists[name] = [...(lists[name] ?? []), ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')]
      continue
    }
    if (strings[name] !== undefined) throw usageError(`option ${rawName} given twice`, command)
    strings[name] = value
  }
  return { positionals, strings, flags, lists }
}

/** A positive integer option value, or a usage error naming the option. */
export function positiveInteger(value: string, option: string, command: string): number {
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) throw usageError(`${option} needs a whole number from 1, not "${value}"`, command)
  return Number(value)
}
