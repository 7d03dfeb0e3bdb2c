import { describe, expect, it } from 'vitest'
import { createOutsideOpens } from './outside-opens'

function manualSchedule() {
  const queue: (() => void)[] = []
  return { schedule: (flush: () => void) => void queue.push(flush), runAll: () => queue.splice(0).forEach((f) => f()), queue }
}

describe('createOutsideOpens', () => {
  it('keeps what arrives before start for the initial paths, once each', () => {
    const clock = manualSchedule()
    const opens = createOutsideOpens(clock.schedule)
    opens.request(['/a.md'])
    opens.request(['/b.md', '/a.md'])
    expect(opens.takePending()).toEqual(['/a.md', '/b.md'])
    expect(opens.takePending()).toEqual([])
    expect(clock.queue).toHaveLength(0)
  })

  it('opens the paths that arrive in one tick with one call', () => {
    const clock = manualSchedule()
    const opens = createOutsideOpens(clock.schedule)
    const calls: (readonly string[])[] = []
    opens.start((paths) => calls.push(paths))
    opens.request(['/a.md'])
    opens.request(['/b.md'])
    expect(calls).toEqual([])
    clock.runAll()
    opens.request(['/c.md'])
    clock.runAll()
    expect(calls).toEqual([['/a.md', '/b.md'], ['/c.md']])
  })

  it('opens what arrived between takePending and start', () => {
    const clock = manualSchedule()
    const opens = createOutsideOpens(clock.schedule)
    opens.takePending()
    opens.request(['/late.md'])
    const calls: (readonly string[])[] = []
    opens.start((paths) => calls.push(paths))
    clock.runAll()
    expect(calls).toEqual([['/late.md']])
  })

  it('ignores an empty request', () => {
    const clock = manualSchedule()
    const opens = createOutsideOpens(clock.schedule)
    opens.start(() => {
      throw new Error('nothing to open')
    })
    opens.request([])
    clock.runAll()
    expect(clock.queue).toHaveLength(0)
  })
})
