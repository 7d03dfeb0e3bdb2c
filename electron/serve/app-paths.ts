// Where browser mode finds what it serves: the app folder (the one holding package.json
// "name": "agent-merge"), its built renderer and bundled example, and the user's config folder.

import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function isAppFolder(dir: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }
    return pkg.name === 'agent-merge'
  } catch {
    return false
  }
}

function searchUp(start: string): string | null {
  let dir = start
  for (;;) {
    if (isAppFolder(dir)) return dir
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

/** The app folder: above this module (source or bundle), else above the running script or cwd. */
export function findAppRoot(): string | null {
  const starts: string[] = []
  try {
    starts.push(dirname(fileURLToPath(import.meta.url)))
  } catch {
    // not a file URL (unusual bundling)
  }
  if (process.argv[1]) starts.push(dirname(process.argv[1]))
  starts.push(process.cwd())
  for (const start of starts) {
    const found = searchUp(start)
    if (found) return found
  }
  return null
}

export interface AppPaths {
  readonly staticDir: string
  readonly exampleFolder: string | undefined
}

export function defaultAppPaths(appRoot: string): AppPaths {
  const example = join(appRoot, 'examples', 'backend-architect')
  return { staticDir: join(appRoot, 'dist', 'renderer'), exampleFolder: existsSync(example) ? example : undefined }
}

/** $XDG_CONFIG_HOME/agent-merge, else ~/.config/agent-merge (%APPDATA% on Windows). */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'agent-merge')
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'agent-merge')
  return join(homedir(), '.config', 'agent-merge')
}
