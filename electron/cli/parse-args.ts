// A small, strict argument parser: known options only, `--name value`, `--name=value`, `-o value`,
// list options given again or comma-separated (`--only a --only b,c`), `--` ends options. Unknown options and missing values are usage errors (exit 2).

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
  const positionals: string[] = []
  const strings: Record<string, string> = {}
  const flags = new Set<string>()
  const lists: Record<string, string[]> = {}
  const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])))
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const written = eq >= 0 ? arg.slice(0, eq) : arg
    const name = written.startsWith('--') ? written.slice(2) : byShort.get(written.slice(1))
    const spec = name === undefined ? undefined : specs[name]
    if (name === undefined || spec === undefined) throw usageError(`unknown option ${written}`, command)
    if (spec.type === 'boolean') {
      if (eq >= 0) throw usageError(`option ${written} takes no value`, command)
      flags.add(name)
      continue
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i]
    if (value === undefined || (eq < 0 && value.startsWith('-') && value !== '-')) throw usageError(`option ${written} needs a value`, command)
    if (spec.type === 'list') {
      lists[name] = [...(lists[name] ?? []), ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')]
      continue
    }
    if (strings[name] !== undefined) throw usageError(`option ${written} given twice`, command)
    strings[name] = value
  }
  return { positionals, strings, flags, lists }
}

/** A positive integer option value, or a usage error naming the option. */
export function positiveInteger(value: string, option: string, command: string): number {
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) throw usageError(`${option} needs a whole number from 1, not "${value}"`, command)
  return Number(value)
}
