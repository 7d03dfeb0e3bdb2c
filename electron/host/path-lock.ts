// One writer at a time per file in this process: calls for the same key run one after another,
// in order, so a check and the write it allows have nothing in between. Keys are real paths.

const tails = new Map<string, Promise<void>>()

export async function withPathLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  let release!: () => void
  const mine = new Promise<void>((resolve) => {
    release = resolve
  })
  const tail = previous.then(() => mine)
  tails.set(key, tail)
  await previous
  try {
    return await task()
  } finally {
    release()
    if (tails.get(key) === tail) tails.delete(key)
  }
}

/** Keys currently locked or waited for (tests). */
export function lockedPathCount(): number {
  return tails.size
}
