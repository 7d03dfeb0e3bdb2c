// The one declaration of what the Electron preload puts on the page: `window.agentMerge`
// (absent in browser mode). Its type comes from shared/host-channels.ts.

import type { AgentMergeBridge } from '../../../shared/host-channels'

declare global {
  interface Window {
    readonly agentMerge?: AgentMergeBridge
  }
}

export {}
