// A tiny limiter: at most `limit` tasks run at once (file handles and the libuv pool are finite).

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

export function createLimiter(limit: number): Limiter {
  let active = 0
  const waiting: (() => void)[] = []
  const release = (): void => {
    active--
    waiting.shift()?.()
  }
  return async (task) => {
    if (active >= limit) await new Promise<void>((resume) => waiting.push(resume))
    active++
    try {
      return await task()
    } finally {
      release()
    }
  }
}
