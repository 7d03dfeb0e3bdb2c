import { describe, expect, it } from 'vitest'
import type { HostEvent } from '../../shared/host-api'
import { stepProgressEvents } from './step-progress'

describe('stepProgressEvents', () => {
  it('sends the count at most once an interval, and always the last file', () => {
    const events: HostEvent[] = []
    let clock = 0
    const progress = stepProgressEvents((e) => events.push(e), () => clock, 100)
    for (let done = 1; done <= 10; done++) {
      clock += 30 // a file every 30 ms
      progress(done, 10)
    }
    expect(events).toEqual([
      { kind: 'step-progress', done: 1, total: 10 },
      { kind: 'step-progress', done: 5, total: 10 },
      { kind: 'step-progress', done: 9, total: 10 },
      { kind: 'step-progress', done: 10, total: 10 },
    ])
  })
})
