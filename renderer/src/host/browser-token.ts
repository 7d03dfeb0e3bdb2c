// Browser mode's token: printed in the address (`?token=`), kept in sessionStorage so a reload
// still works, and taken out of the visible address (and so out of history and screenshots).

export const TOKEN_STORAGE_KEY = 'agent-merge-token'

export interface TokenEnv {
  readonly href: string
  readonly storage: { getItem(key: string): string | null; setItem(key: string, value: string): void } | null
  readonly replaceUrl: (url: string) => void
}

export function pickToken(env: TokenEnv): string {
  const url = new URL(env.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    try {
      env.storage?.setItem(TOKEN_STORAGE_KEY, fromUrl)
      url.searchParams.delete('token')
      env.replaceUrl(url.pathname + url.search + url.hash)
    } catch {
      // storage refused (privacy mode): keep the token in the address
    }
    return fromUrl
  }
  try {
    return env.storage?.getItem(TOKEN_STORAGE_KEY) ?? ''
  } catch {
    return ''
  }
}
