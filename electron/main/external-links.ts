// Links the app may hand to the system browser: plain http(s) URLs with a host and no
// credentials. Everything else (file:, javascript:, custom schemes) is refused.

export function isSafeExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === ''
}
