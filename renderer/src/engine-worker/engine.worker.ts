// The engine worker: parses, groups and aligns off the UI thread so a big folder or a big group
// never freezes the window.
import type { EngineRequest } from './protocol'
import { createEngineHandler } from './engine-handler'

const handle = createEngineHandler()

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  self.postMessage(handle(event.data))
}
