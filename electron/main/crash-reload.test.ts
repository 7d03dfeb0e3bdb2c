import { describe, expect, it } from 'vitest'
import { createCrashReload } from './crash-reload'

describe('createCrashReload', () => {
  it('reloads after a crash or an out-of-memory kill, not after a clean exit or a requested kill', () => {
    const policy = createCrashReload({ maxReloads: 10 })
    expect(['crashed', 'oom', 'abnormal-exit', 'clean-exit', 'killed', 'launch-failed', 'integrity-failure'].map((r) => policy.shouldReload(r))).toEqual([true, true, true, false, false, false, false])
  })

  it('stops after a few crashes in a row, and tries again later', () => {
    let t = 0
    const policy = createCrashReload({ maxReloads: 2, windowMs: 1000, now: () => t })
    expect([policy.shouldReload('crashed'), policy.shouldReload('crashed'), policy.shouldReload('crashed')]).toEqual([true, true, false])
    t = 1500
    expect(policy.shouldReload('crashed')).toBe(true)
  })
})
