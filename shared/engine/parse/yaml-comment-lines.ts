// Lines of a frontmatter that hold no key, as strict YAML keeps them: comments stay comments,
// text YAML would reject becomes a comment (every character of it kept after `# `), and `...`
// document-end markers inside the block, which hold no text, are left out. Used to check a
// repair and to write the repaired block.

/** `text` (whole lines, endings included) with each line made a YAML comment or blank line. */
export function gapAsYaml(text: string): string {
  if (text === '') return text
  let out = ''
  let at = 0
  while (at < text.length) {
    const newline = text.indexOf('\n', at)
    const end = newline === -1 ? text.length : newline + 1
    out += lineAsYaml(text.slice(at, end))
    at = end
  }
  return out
}

function lineAsYaml(line: string): string {
  const ending = /\r?\n$|\r$/.exec(line)?.[0] ?? ''
  const content = line.slice(0, line.length - ending.length)
  const trimmed = content.replace(/^[ \t]+/, '')
  if (trimmed.trimEnd() === '') return ending
  if (trimmed.startsWith('#')) return trimmed + ending
  if (/^\.\.\.[ \t]*$/.test(trimmed)) return ''
  return `# ${content}${ending}`
}

/** Every line of `raw` made a comment (`# ` before it): a value kept visible where YAML cannot
 *  hold it as data, such as the later of two duplicate keys. */
export function commentOut(raw: string): string {
  if (raw === '') return raw
  return raw
    .split(/(?<=\n)/)
    .map((line) => (/^\r?\n?$/.test(line) ? `#${line}` : `# ${line}`))
    .join('')
}
