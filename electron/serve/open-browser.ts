// `--open`: hand the address to the system browser. A failure is one line, never fatal: the
// address is printed above it either way.

import { spawn, type ChildProcess } from 'node:child_process'

export function browserCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] }
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] }
  return { command: 'xdg-open', args: [url] }
}

type Spawn = (command: string, args: string[]) => ChildProcess

const detachedSpawn: Spawn = (command, args) => spawn(command, args, { stdio: 'ignore', detached: true })

export function openBrowser(url: string, report: (line: string) => void, platform: NodeJS.Platform = process.platform, spawnProcess: Spawn = detachedSpawn): void {
  const { command, args } = browserCommand(platform, url)
  let reported = false // a failed spawn may send both 'error' and 'exit'
  const failed = (why: string): void => {
    if (!reported) report(`agent-merge: could not open a browser (${why}); open the address above yourself.`)
    reported = true
  }
  try {
    const child = spawnProcess(command, args)
    child.on('error', (error) => failed(`${command}: ${error.message}`))
    // xdg-open without a display or a browser exits 3 and says nothing we can see.
    child.on('exit', (code) => {
      if (code !== null && code !== 0) failed(`${command} exited with code ${code}`)
    })
    child.unref()
  } catch (error) {
    failed((error as Error).message)
  }
}
