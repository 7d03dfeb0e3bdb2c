// Paths reach the engine as the host wrote them: on Windows with backslashes. The engine reads
// them '/'-separated.

/** `path` with every backslash turned into a forward slash; nothing else changes (no collapsing,
 *  no trimming). A path without a backslash, the usual case, is returned as it is. */
export function forwardSlashes(path: string): string {
  return path.includes('\\') ? path.replace(/\\/g, '/') : path
}
