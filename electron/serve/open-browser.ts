// `--open`: hand the address to the system browser. A failure is one line, never fatal.

import { spawn } from 'node:child_process'

export function browserCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] }
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] }
  return { command: 'xdg-open', args: [url] }
}

export function openBrowser(url: string, report: (line: string) => void): void {
  const { command, args } = browserCommand(process.platform, url)
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', (error) => report(`agent-merge: could not open a browser (${command}: ${error.message}); open the address above yourself.`))
    child.unref()
  } catch (error) {
    report(`agent-merge: could not open a browser (${(error as Error).message}); open the address above yourself.`)
  }
}
