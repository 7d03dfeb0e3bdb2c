// The one Content-Security-Policy of the app, sent by browser mode and by Electron's app://
// protocol alike. Monaco injects its styles (so style-src needs 'unsafe-inline') and runs its
// workers from bundled files or blob: URLs; nothing is evaluated and nothing loads from elsewhere.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'", // no form posts anywhere (the page handles its forms in script)
  "frame-ancestors 'none'",
].join('; ')

/** Headers every browser-mode response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer', // the page URL holds the token
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}
