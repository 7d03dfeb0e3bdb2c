// The two services the store talks to. The app installs the real host (getHost()) and the worker
// engine at start-up; unit tests install a fake host and the in-thread engine.
import type { HostApi } from '../../../shared/host-api'
import type { EngineApi } from '../engine-worker/engine-api'

export interface Services {
  readonly host: HostApi
  readonly engine: EngineApi
}

let current: Services | null = null

export function setServices(services: Services): void {
  current = services
}

export function getServices(): Services {
  if (!current) throw new Error('Services not installed: call setServices() before using the store')
  return current
}
