// V8 tuning for the command's short process. A CLI run is over in a few seconds, and V8's
// optimising compiler (TurboFan) spends a good part of them on background threads that count as
// CPU: on `scan` of 2,370 files, 0.8 s of a 2 s process, against 0.2 s for a gray-matter script.
// Most of that is inlining, which makes each hot function's compile job large (the parser's line
// loop takes in every reader it calls), and a function thrown out by a deopt is compiled again
// whole. Inlining only tiny functions (60 bytes of bytecode, against V8's 460) keeps the jobs
// small and the hot loops' small helpers inlined: a whole `scan` of 2,370 files -19 % CPU, of
// 23,700 files within noise; `consolidate --dry-run` of 2,578 files -20 to -25 %; the worst-case
// merge -14 %. A function is also left to the interpreter a little longer before it is compiled
// (an interrupt budget of 300,000 bytes of bytecode run, against V8's 135,168): fewer functions
// are compiled at all in a short run, and those that are have seen more of their input (fewer
// deopts): `scan` of 2,370 files another -8 %, the worst-case merge -12 %. The budget is 600,000
// while the run is known to be short: `scan` of 2,370 or 2,578 files -5 %, a 79-file folder and
// `consolidate` of 2,578 files unchanged. Past 5,000 files to read it goes back to 300,000, as a
// long run gains more from compiled code than it spends compiling (600,000 made `scan` of 23,700
// files +5 %, of 7,900 +1 %). Both flags only steer the compiler (a GC flag set this late aborts
// V8). See docs/performance.md ("Sixth session: scale", "Eighth session"). Set before any code
// is hot, by the bundled command for its short commands only: `serve` (browser mode: the app,
// running for hours), the in-process tests and benches keep V8's defaults.

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
