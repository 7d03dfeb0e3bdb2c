// What a command may touch of the outside world: passed in, so commands run in-process in tests.

export interface CliStream {
  write(text: string): unknown
  /** The stream under a filtering one (terminal-text.ts), for the CLI's own control sequences. */
  readonly raw?: CliStream
}

export interface CliIo {
  readonly stdout: CliStream
  readonly stderr: CliStream
  /** stdout is a terminal: colour may be used (unless NO_COLOR is set). */
  readonly isTTY: boolean
  /** stderr is a terminal: progress lines may be drawn there. */
  readonly stderrIsTTY?: boolean
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Base for relative paths; defaults to process.cwd(). */
  readonly cwd?: string
}

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2
