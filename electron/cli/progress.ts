// A single self-overwriting progress line on a terminal (stderr), throttled.

import type { CliStream } from './cli-io'

export interface ProgressLine {
  update(text: string): void
  clear(): void
}

export function progressLine(stream: CliStream, minIntervalMs = 100): ProgressLine {
  let last = 0
  let shown = false
  return {
    update(text) {
      const now = Date.now()
      if (shown && now - last < minIntervalMs) return
      last = now
      shown = true
      stream.write(`\r\u001b[K${text}`)
    },
    clear() {
      if (shown) stream.write('\r\u001b[K')
      shown = false
    },
  }
}
