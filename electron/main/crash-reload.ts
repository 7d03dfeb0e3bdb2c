// When the page's process dies: reload it after a crash or an out-of-memory kill (the merge in
// progress is in its draft), not after a clean exit or a kill someone asked for, and not in a loop
// when the page crashes again at once: at most `maxReloads` within `windowMs`.

export interface CrashReload {
  shouldReload(reason: string): boolean
}

const CRASH_REASONS: ReadonlySet<string> = new Set(['crashed', 'oom', 'abnormal-exit'])

export function createCrashReload(options: { readonly maxReloads?: number; readonly windowMs?: number; readonly now?: () => number } = {}): CrashReload {
  const maxReloads = options.maxReloads ?? 3
  const windowMs = options.windowMs ?? 60_000
  const now = options.now ?? Date.now
  let reloads: number[] = []
  return {
    shouldReload(reason) {
      if (!CRASH_REASONS.has(reason)) return false
      const t = now()
      reloads = reloads.filter((at) => t - at < windowMs)
      if (reloads.length >= maxReloads) return false
      reloads.push(t)
      return true
    },
  }
}
