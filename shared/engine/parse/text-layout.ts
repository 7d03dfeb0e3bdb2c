// Byte-level facts about a file that writers must keep: BOM, dominant line ending, final newline.

export interface TextLayout {
  readonly bom: boolean
  readonly eol: '\n' | '\r\n'
  readonly finalNewline: boolean
}

/** `firstCr`: where the text's first `\r` is, when the caller knows (-1 for none). */
export function textLayout(text: string, firstCr = text.indexOf('\r')): TextLayout {
  const bom = text[0] === '\ufeff'
  const last = text[text.length - 1]
  const finalNewline = last === '\n' || last === '\r'
  if (firstCr === -1) return { bom, eol: '\n', finalNewline } // most files: no counting
  let lf = 0
  let crlf = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text[i - 1] === '\r') crlf++
    else lf++
  }
  return { bom, eol: crlf > lf ? '\r\n' : '\n', finalNewline }
}
