// A set of positive integers (token numbers) for many look-ups in a row: open addressing in an
// Int32Array, 0 marking a free slot.

import { keepHiddenClass } from '../hidden-class'

/** Positive integers, open addressing in an Int32Array (0 = free). */
export class IdSet {
  private slots: Int32Array
  private count = 0

  constructor(expected: number) {
    let size = 16
    while (size < expected * 2) size *= 2
    this.slots = new Int32Array(size)
  }

  has(id: number): boolean {
    const mask = this.slots.length - 1
    for (let i = Math.imul(id, 0x9e3779b1) >>> Math.clz32(mask); ; i = (i + 1) & mask) {
      const at = this.slots[i]!
      if (at === id) return true
      if (at === 0) return false
    }
  }

  add(id: number): void {
    if ((this.count + 1) * 2 > this.slots.length) {
      const old = this.slots
      this.slots = new Int32Array(old.length * 2)
      this.count = 0
      for (const t of old) if (t !== 0) this.add(t)
    }
    const mask = this.slots.length - 1
    for (let i = Math.imul(id, 0x9e3779b1) >>> Math.clz32(mask); ; i = (i + 1) & mask) {
      const at = this.slots[i]!
      if (at === id) return
      if (at === 0) {
        this.slots[i] = id
        this.count++
        return
      }
    }
  }
}

// One per large token set looked up in: see hidden-class.ts.
keepHiddenClass(new IdSet(0))
