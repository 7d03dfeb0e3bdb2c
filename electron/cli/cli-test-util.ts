// Test support: run `main` in-process with captured streams, on temp copies of the fixtures.
import { createHash } from 'node:crypto'
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { main } from './main'

export const REPO = join(__dirname, '..', '..')

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export async function runCli(argv: readonly string[], options: { cwd?: string; isTTY?: boolean; stderrIsTTY?: boolean; env?: Record<string, string | undefined> } = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    isTTY: options.isTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? REPO,
  })
  return { code, stdout, stderr }
}

/** A fresh temp folder holding a copy of `relFolder` (relative to the repository). */
export function tempCopy(relFolder: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'agent-merge-cli-'))
  cpSync(join(REPO, relFolder), dir, { recursive: true })
  return dir
}

/** No stack trace frames in what a person sees. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.*:\d+:\d+\)$/m.test(text) || /^\s+at .+:\d+:\d+$/m.test(text)
}

/** Every file under `dir`, hidden ones too. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
}

/** The texts of the repository's corpus files: what the fuzz suites mutate. */
export function corpusTexts(): string[] {
  return filesUnder(join(REPO, 'test-fixtures', 'corpus')).filter((f) => /\.(md|mdc)$/.test(f)).map((f) => readFileSync(f, 'utf8'))
}

/** Every file, folder and link under `root` (hidden ones too): relative path -> SHA-256, '/' for
 *  folders, `-> <target text>` for links (not followed: undo must put back a link as a link). */
export function tree(root: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      const rel = relative(root, path)
      const info = lstatSync(path)
      if (info.isSymbolicLink()) out.set(rel, `-> ${readlinkSync(path)}`)
      else if (info.isDirectory()) {
        out.set(rel, '/')
        walk(path)
      } else out.set(rel, createHash('sha256').update(readFileSync(path)).digest('hex'))
    }
  }
  walk(root)
  return out
}
