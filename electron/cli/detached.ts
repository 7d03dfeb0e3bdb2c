// Copies of what a command keeps of a parsed file that hold no reference to its text: V8 keeps a
// slice of a long string (a name, a quoted value in a message) as a view of the whole, which
// would keep every file's text alive to the end of a folder-wide command.

import type { Diagnostic } from '../../shared/engine/model'

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([])

/** `s` as a string of its own (short strings are copied by V8 anyway). */
export function detachedString<T extends string | null>(s: T): T {
  return (s === null || s.length < 13 ? s : (` ${s}`).slice(1)) as T
}

/** Diagnostics copied through JSON, so that their messages quote only themselves. */
export function detachedDiagnostics(diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  return diagnostics.length === 0 ? NO_DIAGNOSTICS : (JSON.parse(JSON.stringify(diagnostics)) as Diagnostic[])
}
