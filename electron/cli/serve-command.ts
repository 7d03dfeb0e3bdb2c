// agent-merge serve [<folder|file>...] [--port n] [--open] [--token t]: browser mode, owned by
// electron/serve; its command line is read here like every other command's.
import { runServe, type ServeArgs } from '../serve/run-serve'
import { usageError } from './cli-error'
import type { CliIo } from './cli-io'
import { parseArgs } from './parse-args'

const OPTIONS = { port: { type: 'string' }, open: { type: 'boolean' }, token: { type: 'string' } } as const
const TOKEN = /^[A-Za-z0-9_-]{16,256}$/

export function serveArgs(argv: readonly string[]): ServeArgs {
  const args = parseArgs(argv, OPTIONS, 'serve')
  const port = args.strings['port'] ?? '0'
  if (!/^[0-9]+$/.test(port) || Number(port) > 65535) throw usageError(`--port needs a number from 0 to 65535, not "${port}"`, 'serve')
  const token = args.strings['token']
  if (token !== undefined && !TOKEN.test(token)) throw usageError('--token needs 16-256 letters, digits, "-" or "_"', 'serve')
  return { paths: args.positionals, port: Number(port), open: args.flags.has('open'), token }
}

export async function serveCommand(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  return runServe(serveArgs(argv), {
    cwd,
    out: (line) => io.stdout.write(`${line}\n`),
    err: (line) => io.stderr.write(`${line}\n`),
  })
}
