// Numbers for word pairs (two word numbers), handed out by the token space that owns the table:
// open addressing, three numbers a slot (v, w, the pair's number: one cache line per probe);
// v = 0 marks a free slot.

export class PairNumbers {
  private slots = new Int32Array(3 * 1024)
  /** Slots in use (a power of two): the first 3 * capacity numbers of `slots`. */
  private capacity = 1024
  private count = 0

  constructor(private readonly next: () => number) {}

  /** Room for `more` pairs than those numbered before the table grows: one table made at its
   *  size, not grown from 1,024 slots and copied at every doubling. */
  reserve(more: number): void {
    let capacity = this.capacity
    while (capacity < 2 * (this.count + more)) capacity *= 2
    if (capacity > this.capacity) this.resize(capacity)
  }

  /** The number of the pair (v, w), numbered now when new. */
  numberOf(v: number, w: number): number {
    let slots = this.slots
    let mask = this.capacity - 1
    let i = slotOf(v, w, mask)
    for (; slots[3 * i] !== 0; i = (i + 1) & mask) if (slots[3 * i] === v && slots[3 * i + 1] === w) return slots[3 * i + 2]!
    if ((this.count + 1) * 2 > mask + 1) {
      this.grow()
      slots = this.slots
      mask = this.capacity - 1
      for (i = slotOf(v, w, mask); slots[3 * i] !== 0; i = (i + 1) & mask);
    }
    const id = this.next()
    slots[3 * i] = v
    slots[3 * i + 1] = w
    slots[3 * i + 2] = id
    this.count++
    return id
  }

  private grow(): void {
    this.resize(this.capacity * 2)
  }

  private resize(length: number): void {
    const old = this.slots.subarray(0, 3 * this.capacity)
    const slots = (this.slots = new Int32Array(3 * length))
    this.capacity = length
    const mask = length - 1
    for (let j = 0; j < old.length; j += 3) {
      const v = old[j]!
      if (v === 0) continue
      const w = old[j + 1]!
      let i = slotOf(v, w, mask)
      while (slots[3 * i] !== 0) i = (i + 1) & mask
      slots[3 * i] = v
      slots[3 * i + 1] = w
      slots[3 * i + 2] = old[j + 2]!
    }
  }
}

/** Fibonacci hashing of the pair: the product's top bits are its best mixed (mask + 1 slots). */
function slotOf(v: number, w: number, mask: number): number {
  return Math.imul(Math.imul(v, 0x9e3779b1) ^ w, 0x85ebca6b) >>> Math.clz32(mask)
}
