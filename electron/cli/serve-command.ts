// agent-merge serve [<folder|file>...] [--port n] [--open] [--token t]: browser mode, owned by electron/serve.
import { runServe } from '../serve/run-serve'
import type { CliIo } from './cli-io'

export async function serveCommand(argv: readonly string[], io: CliIo, cwd: string): Promise<number> {
  return runServe(argv, {
    cwd,
    out: (line) => io.stdout.write(`${line}\n`),
    err: (line) => io.stderr.write(`${line}\n`),
  })
}
