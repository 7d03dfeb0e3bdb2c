// Text from files (names, titles, keys, values, messages quoting them) must not drive the
// terminal: an ESC sequence in a section title could clear the screen or set the clipboard, and a
// newline in a file name would break `path:line: message`. Two layers:
// - every write of the CLI passes `terminalSafe` (main wraps stdout and stderr): control
//   characters other than newline and tab, DEL, C1 controls and bidirectional overrides become
//   `\uXXXX` (valid inside a JSON string, so `--json` stays valid and parses to the same value);
//   when colour is on, the colour sequences colour.ts writes pass through (a file can then at
//   most recolour text, never move the cursor, clear, retitle or reach the clipboard);
// - fields printed inside one line (`oneLine`) also get their line breaks escaped.

import type { CliStream } from './cli-io'

// Exactly the SGR sequences colour.ts writes (bold, dim, normal, red, green, yellow, cyan, default).
const OUR_COLOURS = '\\u001b\\[(?:1|2|22|31|32|33|36|39)m'
const UNSAFE = '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]'
const UNSAFE_OR_COLOUR = new RegExp(`${OUR_COLOURS}|${UNSAFE}`, 'g')
const QUICK_CHECK = new RegExp(UNSAFE)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKS = /[\n\r\u000b\u000c\u0085\u2028\u2029]/g

const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

export function terminalSafe(text: string, allowColour: boolean): string {
  if (!QUICK_CHECK.test(text)) return text
  return text.replace(UNSAFE_OR_COLOUR, (match) => (match.length === 1 ? escapeChar(match) : allowColour ? match : escapeChar(match[0]!) + match.slice(1)))
}

/** A field shown inside one line of output: its line breaks escaped too (`\n`, `\r`, ...). */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : escapeChar(c)))
}

/** A stream whose writes pass `terminalSafe`; `raw` is the stream itself, for the control
 *  sequences the CLI writes on purpose (the progress line). */
export function safeStream(stream: CliStream, allowColour: boolean): CliStream {
  return { write: (text: string) => stream.write(terminalSafe(text, allowColour)), raw: stream }
}
