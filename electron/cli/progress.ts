// A single self-overwriting progress line on a terminal (stderr), throttled. Its own control
// sequence goes to the raw stream; the text (which names folders) through the filtered one.

import type { CliStream } from './cli-io'
import { oneLine } from './terminal-text'

export interface ProgressLine {
  update(text: string): void
  clear(): void
}

export function progressLine(stream: CliStream, minIntervalMs = 100): ProgressLine {
  const clearLine = (): unknown => (stream.raw ?? stream).write('\r\u001b[K')
  let last = 0
  let shown = false
  return {
    update(text) {
      const now = Date.now()
      if (shown && now - last < minIntervalMs) return
      last = now
      shown = true
      clearLine()
      stream.write(oneLine(text))
    },
    clear() {
      if (shown) clearLine()
      shown = false
    },
  }
}
