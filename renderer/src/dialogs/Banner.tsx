// A strip above the work area for things that need a decision but must not block:
// "Restored your merge in progress…", "A source changed on disk…".
export interface BannerAction {
  readonly label: string
  readonly run: () => void
  readonly primary?: boolean
}

export interface BannerProps {
  readonly tone: 'info' | 'warning'
  readonly text: string
  readonly actions: readonly BannerAction[]
  readonly testId?: string
}

export function Banner({ tone, text, actions, testId }: BannerProps) {
  return (
    <div className={`am-banner am-banner-${tone}`} role={tone === 'warning' ? 'alert' : 'status'} data-testid={testId}>
      <span className="am-banner-text">{text}</span>
      {actions.map((action) => (
        <button key={action.label} type="button" className={`am-btn ${action.primary ? 'am-btn-primary' : ''}`} onClick={action.run}>
          {action.label}
        </button>
      ))}
    </div>
  )
}
