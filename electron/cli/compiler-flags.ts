// V8 tuning for the command's short process. A CLI run is over in seconds, and V8's optimising
// compiler (TurboFan) spends a good part of them on background threads that count as CPU. Most
// of that is inlining, which makes each hot function's compile job large (the parser's line loop
// takes in every reader it calls), and a function thrown out by a deopt is compiled again whole:
// inlining only tiny functions keeps the jobs small and the hot loops' small helpers inlined.
// A function is also left to the interpreter longer before it is compiled: in a short run most
// hot code never pays back its compile, and what is compiled has seen more of its input (fewer
// deopts). A long run gains more from compiled code than it spends compiling, so a command that
// learns it will read more than LONG_RUN_FILES files compiles sooner. Both flags only steer the
// compiler (a GC flag set this late aborts V8); the measurements are in docs/performance.md
// ("Sixth session: scale", "Eighth session"). Set before any code is hot, by the bundled command
// for its short commands only: `serve` (browser mode: the app, running for hours), the
// in-process tests and benches keep V8's defaults.

import { setFlagsFromString } from 'node:v8'

/** V8 versions the flags were measured on (Node 20 ships 11.3). V8 reports a flag it does not
 *  know on stderr, a stray line under every command: another V8 runs with its defaults until
 *  the flags are checked there. */
const TUNED_V8_MAJORS: readonly number[] = [11]

export const COMPILER_FLAGS: readonly string[] = ['--max-inlined-bytecode-size=60', '--interrupt-budget=600000']
/** What a run past LONG_RUN_FILES files sets once it knows. */
export const LONG_RUN_FLAGS: readonly string[] = ['--interrupt-budget=300000']
export const LONG_RUN_FILES = 5_000

/** Whether this process set COMPILER_FLAGS (only then are the long-run flags its business). */
let tunedForShortRun = false

export function isTunedV8(v8Version: string): boolean {
  return TUNED_V8_MAJORS.includes(Number(v8Version.split('.')[0]))
}

/** Commands that run until stopped: the flags trade peak speed for less compiling in a run of
 *  seconds, the wrong trade for them. */
const LONG_RUNNING_COMMANDS: ReadonlySet<string> = new Set(['serve'])

/** `command`: the first argument the CLI was given. */
export function tuneCompilerForShortRun(command: string | undefined, v8Version = process.versions.v8): void {
  if (command !== undefined && LONG_RUNNING_COMMANDS.has(command)) return
  if (!isTunedV8(v8Version)) return
  tunedForShortRun = setFlags(COMPILER_FLAGS)
}

/** Told the number of files a command is about to read (before their reading makes code hot):
 *  a run that long compiles sooner. Nothing in a process that was not tuned for a short run. */
export function tuneCompilerForFiles(files: number): void {
  if (tunedForShortRun && files > LONG_RUN_FILES) setFlags(LONG_RUN_FLAGS)
}

function setFlags(flags: readonly string[]): boolean {
  try {
    for (const flag of flags) setFlagsFromString(flag)
    return true
  } catch {
    // A runtime that refuses flags after start runs with its defaults: only slower.
    return false
  }
}
