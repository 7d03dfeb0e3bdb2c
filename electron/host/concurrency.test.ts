import { describe, expect, it } from 'vitest'
import { createLimiter, settleAll } from './concurrency'

describe('createLimiter', () => {
  it('runs at most `limit` tasks at once, in the order they came, through a long queue', async () => {
    const limit = createLimiter(3)
    let active = 0
    let peak = 0
    const started: number[] = []
    const tasks = Array.from({ length: 5000 }, (_, i) =>
      limit(async () => {
        started.push(i)
        active++
        peak = Math.max(peak, active)
        await new Promise((resolve) => setImmediate(resolve))
        active--
        return i * 2
      }),
    )
    expect(await Promise.all(tasks)).toEqual(Array.from({ length: 5000 }, (_, i) => i * 2))
    expect(peak).toBe(3)
    expect(started).toEqual(Array.from({ length: 5000 }, (_, i) => i))
  })

  it('keeps going after a task fails', async () => {
    const limit = createLimiter(1)
    const failed = limit(() => Promise.reject(new Error('no')))
    const next = limit(async () => 'yes')
    await expect(failed).rejects.toThrow('no')
    expect(await next).toBe('yes')
  })
})

describe('settleAll', () => {
  it('rejects with the first failure in the order given, only once every promise has ended', async () => {
    let lateDone = false
    const late = new Promise<void>((resolve) => setTimeout(() => ((lateDone = true), resolve()), 20))
    const first = new Promise<void>((_, reject) => setTimeout(() => reject(new Error('first')), 5))
    const second = Promise.reject(new Error('second'))
    await expect(settleAll([late, first, second])).rejects.toThrow('first')
    expect(lateDone).toBe(true)
  })

  it('resolves with every value in order', async () => {
    await expect(settleAll([Promise.resolve(1), Promise.resolve(2)])).resolves.toEqual([1, 2])
  })
})
