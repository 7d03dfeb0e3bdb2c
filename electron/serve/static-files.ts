// Serve the built renderer (dist/renderer) from a fixed folder: GET/HEAD only, no directory
// listing, no traversal (`..`, encoded `..` or slashes, backslashes, NUL, links leading outside).
// Also used by Electron's app:// protocol handler.

import { realpath, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { relativeBelow } from '../host/path-within'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export type StaticLookup =
  | { readonly kind: 'file'; readonly path: string; readonly size: number; readonly contentType: string }
  | { readonly kind: 'refused'; readonly reason: string } // a traversal attempt or malformed path
  | { readonly kind: 'missing' }

/** Map a URL path (still percent-encoded, query removed) to a file inside `root`. */
export async function lookupStaticFile(root: string, urlPath: string): Promise<StaticLookup> {
  if (!urlPath.startsWith('/')) return { kind: 'refused', reason: 'the path must start with /' }
  // Encoded separators and dots have no business in asset names: refuse rather than decode twice.
  if (/%(2e|2f|5c|00)/i.test(urlPath)) return { kind: 'refused', reason: 'encoded separators or dots are not allowed' }
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return { kind: 'refused', reason: 'the path is not valid percent-encoding' }
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused', reason: 'NUL or backslash in the path' }
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'refused', reason: '"." and ".." segments are not allowed' }
  const wanted = segments.length === 0 ? 'index.html' : segments.join('/')
  const candidate = join(root, wanted)
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)])
    if (relativeBelow(realRoot, realFile) === null) return { kind: 'refused', reason: 'the path leads outside the app folder' }
    const info = await stat(realFile)
    if (!info.isFile()) return { kind: 'missing' } // folders are never listed
    return { kind: 'file', path: realFile, size: info.size, contentType: contentTypeFor(realFile) }
  } catch {
    return { kind: 'missing' }
  }
}
