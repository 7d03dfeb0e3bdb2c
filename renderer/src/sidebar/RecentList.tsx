// Recently opened folders, offered when nothing is open.
import { useEffect, useState } from 'react'
import type { RecentItem } from '../../../shared/host-api'
import { getServices } from '../state/services'
import { useAppStore } from '../state/store'

function label(paths: readonly string[]): string {
  const first = paths[0] ?? ''
  const name = first.split(/[\\/]/).filter(Boolean).pop() ?? first
  return paths.length > 1 ? `${name} and ${paths.length - 1} more` : name
}

export function RecentList() {
  const [recent, setRecent] = useState<readonly RecentItem[]>([])
  const openPaths = useAppStore((s) => s.openPaths)
  useEffect(() => {
    let live = true
    getServices()
      .host.getRecent()
      .then((items) => live && setRecent(items.slice(0, 6)))
      .catch(() => undefined) // no recents is fine
    return () => {
      live = false
    }
  }, [])
  if (recent.length === 0) return null
  return (
    <nav className="recent" aria-label="Recent folders">
      <div className="recent-title">Recent</div>
      <ul>
        {recent.map((item) => (
          <li key={item.paths.join('\n')}>
            <button type="button" className="recent-item" title={item.paths.join('\n')} onClick={() => void openPaths(item.paths, { replace: true })}>
              <span className="recent-name">{label(item.paths)}</span>
              <span className="recent-path">{item.paths[0]}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
