// ANSI colour for terminal output: only on a TTY, and never when NO_COLOR is set (no-color.org).

import type { CliIo } from './cli-io'

export interface Paint {
  readonly enabled: boolean
  red(text: string): string
  green(text: string): string
  yellow(text: string): string
  dim(text: string): string
  bold(text: string): string
  cyan(text: string): string
}

function wrap(enabled: boolean, open: number, close: number): (text: string) => string {
  return enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text
}

export function paintFor(io: CliIo): Paint {
  const noColor = io.env?.['NO_COLOR']
  const enabled = io.isTTY && (noColor === undefined || noColor === '') && io.env?.['TERM'] !== 'dumb'
  return {
    enabled,
    red: wrap(enabled, 31, 39),
    green: wrap(enabled, 32, 39),
    yellow: wrap(enabled, 33, 39),
    dim: wrap(enabled, 2, 22),
    bold: wrap(enabled, 1, 22),
    cyan: wrap(enabled, 36, 39),
  }
}
