// A single self-overwriting progress line on a terminal (stderr), throttled. Its own control
// sequence goes to the raw stream; the text (which names folders) through the filtered one.

import type { CliStream } from './cli-io'
import { oneLine } from './terminal-text'

export interface ProgressLine {
  /** Drawn unless the last one was drawn less than the interval ago (`always`: drawn anyway). */
  update(text: string, always?: boolean): void
  clear(): void
}

/** A run's progress (run-progress.ts's RunProgress) as a line: "<what>: 46 %". */
export function runProgress(line: ProgressLine | null, what: string): ((done: number, total: number) => void) | undefined {
  return line === null ? undefined : (done, total) => line.update(`${what}: ${Math.floor((done / total) * 100)} %`, done === total)
}

export function progressLine(stream: CliStream, minIntervalMs = 100): ProgressLine {
  const clearLine = (): unknown => (stream.raw ?? stream).write('\r\u001b[K')
  let last = 0
  let shown = false
  return {
    update(text, always = false) {
      const now = Date.now()
      if (shown && !always && now - last < minIntervalMs) return
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
