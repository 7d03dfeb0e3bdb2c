// The folders and files named on a command line (first launch or a second instance's argv):
// skips the executable (and, unpackaged, the app path), switches, and paths that do not exist.

import { isAbsolute, resolve } from 'node:path'

export interface ArgvContext {
  readonly cwd: string
  /** Packaged apps get [exe, ...paths]; `electron .` gets [electron, appPath, ...paths]. */
  readonly packaged: boolean
  readonly exists: (path: string) => boolean
}

export function pathsFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const rest = argv.slice(context.packaged ? 1 : 2)
  const paths: string[] = []
  for (const arg of rest) {
    if (arg === '' || arg.startsWith('-')) continue // Chromium/Electron switches, macOS -psn_
    const absolute = isAbsolute(arg) ? resolve(arg) : resolve(context.cwd, arg)
    if (context.exists(absolute) && !paths.includes(absolute)) paths.push(absolute)
  }
  return paths
}
