// Diagnostics as lines a person (and an editor's problem matcher) reads: `path:line: severity: message [code]`.

import type { Diagnostic } from '../../shared/engine/model'
import type { Paint } from './colour'
import { oneLine } from './terminal-text'

export function diagnosticLine(display: string, d: Diagnostic, paint: Paint): string {
  const severity = d.severity === 'error' ? paint.red('error') : d.severity === 'warning' ? paint.yellow('warning') : paint.dim('info')
  return `${oneLine(display)}:${d.line}: ${severity}: ${oneLine(d.message)} ${paint.dim(`[${d.code}]`)}`
}

/** Parse and lint findings together, once each, in line order. */
export function mergeDiagnostics(...lists: readonly (readonly Diagnostic[])[]): readonly Diagnostic[] {
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  for (const list of lists) {
    for (const d of list) {
      const key = `${d.code}\u0000${d.line}\u0000${d.message}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(d)
    }
  }
  return out.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
}

export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return { severity: d.severity, code: d.code, message: d.message, line: d.line, ...(d.column !== undefined ? { column: d.column } : {}) }
}
