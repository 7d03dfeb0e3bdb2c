// `agent-merge serve`: start browser mode, print the address (token included), optionally open
// a browser, and stop cleanly on Ctrl+C / SIGTERM. Resolves with the process exit code.

import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { toHostError } from '../host/host-error'
import { defaultAppPaths, defaultConfigDir, findAppRoot } from './app-paths'
import { openBrowser } from './open-browser'
import { startServer } from './start-server'

/** The command line of `agent-merge serve`, read by electron/cli/serve-command.ts. */
export interface ServeArgs {
  readonly paths: readonly string[]
  readonly port: number
  readonly open: boolean
  readonly token: string | undefined
}

export interface RunServeOptions {
  readonly appRoot?: string
  readonly configDir?: string
  readonly cwd?: string
  readonly out?: (line: string) => void
  readonly err?: (line: string) => void
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  readonly stopSignal?: Promise<void>
}

function waitForTermination(): Promise<void> {
  return new Promise((resolveStop) => {
    const stop = (): void => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolveStop()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

export async function runServe(args: ServeArgs, options: RunServeOptions = {}): Promise<number> {
  const out = options.out ?? ((line: string) => console.log(line))
  const err = options.err ?? ((line: string) => console.error(line))
  const cwd = options.cwd ?? process.cwd()
  const paths = args.paths.map((p) => resolve(cwd, p))
  const missing = paths.filter((p) => !existsSync(p))
  if (missing.length > 0) {
    err(`agent-merge serve: ${missing.join(', ')} does not exist`)
    return 2
  }
  const appRoot = options.appRoot ?? findAppRoot()
  if (appRoot === null) {
    err('agent-merge serve: cannot find the app folder (the one with package.json "name": "agent-merge")')
    return 1
  }
  const { staticDir, exampleFolder } = defaultAppPaths(appRoot)
  if (!existsSync(join(staticDir, 'index.html'))) err(`agent-merge serve: ${staticDir} has no built app yet; run \`npm run build\` first.`)

  let server
  try {
    server = await startServer({
      staticDir,
      configDir: options.configDir ?? defaultConfigDir(),
      initialPaths: paths,
      ...(exampleFolder !== undefined ? { exampleFolder } : {}),
      port: args.port,
      ...(args.token !== undefined ? { token: args.token } : {}),
      warn: (message) => err(`agent-merge serve: ${message}`),
    })
  } catch (error) {
    err(`agent-merge serve: ${toHostError(error).message}`)
    return 1
  }
  const opened = paths.length > 0 ? paths.join(', ') : exampleFolder ? `the example (${exampleFolder})` : 'nothing yet'
  out(`Agent Merge (browser mode) is running at ${server.url}`)
  out(`Opened: ${opened}. Only this machine can connect; the token in the address is the key. Press Ctrl+C to stop.`)
  if (args.open) openBrowser(server.url, err)
  await (options.stopSignal ?? waitForTermination())
  await server.close()
  out('Agent Merge stopped.')
  return 0
}
