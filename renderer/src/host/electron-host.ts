// HostApi for the Electron app: a thin wrapper over `window.agentMerge`, which the preload
// exposes with one function per channel answering HostResponse envelopes.

import type { HostApi } from '../../../shared/host-api'
import { HOST_METHODS, type AgentMergeBridge, type HostMethodArgs, type HostMethodName, type HostMethodResult, type HostResponse } from '../../../shared/host-channels'
import { asHostErrorValue } from './host-error-value'

type RemoteMethods = { [M in HostMethodName]: (...args: HostMethodArgs<M>) => Promise<HostMethodResult<M>> }

export function createElectronHost(bridge: AgentMergeBridge): HostApi {
  const remote = Object.fromEntries(
    HOST_METHODS.map((method) => [
      method,
      async (...args: readonly unknown[]) => {
        let response: HostResponse<unknown>
        try {
          const call = bridge[method] as (...a: readonly unknown[]) => Promise<HostResponse<unknown>>
          response = await call(...args)
        } catch (error) {
          throw asHostErrorValue(error, `${method} failed in the app`)
        }
        if (response.ok) return response.value
        throw response.error
      },
    ]),
  ) as unknown as RemoteMethods

  return {
    kind: 'electron',
    ...remote,
    pathForDroppedFile: (file) => bridge.pathForDroppedFile(file),
    onEvent: (listener) => bridge.onEvent(listener),
  }
}
