// Failures a command reports and stops on. Thrown inside the CLI and caught once in main(),
// which prints `message` (already `path:line: text` shaped) and exits with `exitCode`.

import { EXIT_FINDINGS, EXIT_USAGE } from './cli-io'
import { oneLine } from './terminal-text'

export class CliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode: number) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

/** Bad command line: exit 2, one line that names the command and the help to read. */
export function usageError(message: string, command?: string): CliError {
  const name = command === undefined ? 'agent-merge' : `agent-merge ${command}`
  return new CliError(`${name}: ${oneLine(message)} (see \`${name} --help\`)`, EXIT_USAGE)
}

/** Bad input or a failed operation: exit 1. `where` is `path` or `path:line`. */
export function inputError(where: string, message: string): CliError {
  return new CliError(`${oneLine(where)}: ${oneLine(message)}`, EXIT_FINDINGS)
}

/** `path:line: message` from anything with those fields (HostError values, diagnostics). */
export function locate(path: string | undefined, line: number | undefined): string {
  if (path === undefined) return 'agent-merge'
  return line === undefined ? oneLine(path) : `${oneLine(path)}:${line}`
}
