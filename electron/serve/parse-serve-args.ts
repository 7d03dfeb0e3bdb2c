// `agent-merge serve [folder|files...] [--port n] [--open] [--token t]` as plain data, or an
// error a person can act on.

export interface ServeArgs {
  readonly paths: readonly string[]
  readonly port: number
  readonly open: boolean
  readonly token: string | undefined
}

export type ParsedServeArgs = { readonly ok: true; readonly args: ServeArgs } | { readonly ok: false; readonly message: string }

const TOKEN = /^[A-Za-z0-9_-]{16,256}$/

export function parseServeArgs(argv: readonly string[]): ParsedServeArgs {
  const paths: string[] = []
  let port = 0
  let open = false
  let token: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = (): string | undefined => inline ?? argv[++i]
    if (flag === '--open') open = true
    else if (flag === '--port') {
      const text = value()
      const n = Number(text)
      if (text === undefined || !/^\d+$/.test(text) || n > 65535) return { ok: false, message: `--port needs a number from 0 to 65535, got ${text ?? 'nothing'}` }
      port = n
    } else if (flag === '--token') {
      const text = value()
      if (text === undefined || !TOKEN.test(text)) return { ok: false, message: '--token needs 16-256 letters, digits, "-" or "_"' }
      token = text
    } else if (arg === '--') {
      paths.push(...argv.slice(i + 1))
      break
    } else if (arg.startsWith('-')) return { ok: false, message: `Unknown option ${arg} (see agent-merge serve --help)` }
    else paths.push(arg)
  }
  return { ok: true, args: { paths, port, open, token } }
}
