// One instance of each class the aligner and the proposal make by the thousand, kept for the
// life of the process.
//
// V8 compiles hot code against the hidden classes ("maps") of the objects it meets and holds
// those maps weakly. A class instance's map (made as its constructor adds its fields) lives only
// while some instance does: V8's own map retention asks for the class constructor to be marked
// already when it runs, right after the roots, which a class reached only through its module
// is not. So a full collection after a run (every aligner object of it is garbage by then) drops
// the maps and throws away every optimised function that checks for them ("deoptimizing ...
// reason: weak objects"); the next run interprets and compiles them all again. A kept instance
// keeps its class's map, and that code survives. See docs/performance.md ("Hidden classes kept").

const kept: object[] = []
const keptConstructors = new Set<unknown>()

/** Keeps `instance` (and so its hidden class) alive for the life of the process. */
export function keepHiddenClass<T extends object>(instance: T): T {
  kept.push(instance)
  keptConstructors.add(instance.constructor)
  return instance
}

/** keepHiddenClass of the first instance of its class seen, for objects this code does not make
 *  itself (Node's `Dirent` and `Stats`, one per file read). */
export function keepFirstOfClass(instance: object): void {
  if (!keptConstructors.has(instance.constructor)) keepHiddenClass(instance)
}
