// The `agent-merge` command. `main` is pure of process globals (argv, streams and env come in),
// so tests run it in-process; `run` wires it to the real process. Every error is caught here:
// a person sees one line per problem (`path:line: message`), never a stack trace.

import packageJson from '../../package.json'
import { useNativeSha256 } from '../../shared/engine/hash'
import { sha256HexOfText } from '../host/file-bytes'
import { CliError, usageError } from './cli-error'
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from './cli-io'
import { checkCommand } from './check-command'
import { paintFor } from './colour'
import { consolidateCommand } from './consolidate-command'
import { diffCommand } from './diff-command'
import { COMMAND_HELP, MAIN_HELP } from './help'
import { mergeCommand } from './merge-command'
import { scanCommand } from './scan-command'
import { oneLine, safeStream } from './terminal-text'
import { undoCommand } from './undo-command'

type Command = (argv: readonly string[], io: CliIo, cwd: string) => Promise<number>

const COMMANDS: Readonly<Record<string, Command>> = {
  scan: scanCommand,
  diff: diffCommand,
  merge: mergeCommand,
  check: checkCommand,
  consolidate: consolidateCommand,
  undo: undoCommand,
  // Only `serve` needs http, net, child_process and readline: loaded when asked for.
  serve: async (argv, io, cwd) => (await import('./serve-command')).serveCommand(argv, io, cwd),
}

const wantsHelp = (argv: readonly string[]): boolean => argv.includes('--help') || argv.includes('-h')

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined) {
    io.stderr.write(MAIN_HELP)
    return 2
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined
    io.stdout.write(topic !== undefined && COMMAND_HELP[topic] !== undefined ? COMMAND_HELP[topic] : MAIN_HELP)
    return EXIT_OK
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${packageJson.version}\n`)
    return EXIT_OK
  }
  const command = COMMANDS[first]
  if (command === undefined) {
    throw usageError(first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}" (commands: ${Object.keys(COMMANDS).join(', ')})`)
  }
  if (wantsHelp(rest.slice(0, rest.includes('--') ? rest.indexOf('--') : rest.length))) {
    io.stdout.write(COMMAND_HELP[first] ?? MAIN_HELP)
    return EXIT_OK
  }
  return command(rest, io, io.cwd ?? process.cwd())
}

export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // The engine's own SHA-256 is JavaScript; this process has Node's (same digests, faster).
  useNativeSha256(sha256HexOfText)
  // Nothing from a file may drive the terminal: every write is filtered (terminal-text.ts).
  const colour = paintFor(rawIo).enabled
  const io: CliIo = { ...rawIo, stdout: safeStream(rawIo.stdout, colour), stderr: safeStream(rawIo.stderr, colour) }
  try {
    return await dispatch(argv, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`)
      return error.exitCode
    }
    const e = error as { code?: unknown; message?: unknown; path?: unknown; line?: unknown; stack?: unknown }
    const message = typeof e.message === 'string' ? e.message : String(error)
    const where = typeof e.path === 'string' ? `${oneLine(e.path)}${typeof e.line === 'number' ? `:${e.line}` : ''}: ` : 'agent-merge: '
    io.stderr.write(`${where}${oneLine(typeof e.path === 'string' && message.startsWith(`${e.path} `) ? message.slice(e.path.length + 1) : message)}\n`)
    if (io.env?.['AGENT_MERGE_DEBUG'] && typeof e.stack === 'string') io.stderr.write(`${e.stack}\n`)
    return EXIT_FINDINGS
  }
}

/** Runs the command for this process and sets its exit code. */
export async function run(): Promise<void> {
  // A closed pipe (`agent-merge scan . | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  })
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  })
  process.exitCode = code
}
