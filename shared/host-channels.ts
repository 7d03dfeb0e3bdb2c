// One typed list of every host method that crosses a process boundary: the Electron preload
// exposes exactly these (one function per channel), main handles exactly these over IPC, and
// browser mode serves exactly these at `POST /api/call/<method>`. Renaming or retyping a method
// in HostApi breaks all three at compile time.

import type { HostApi, HostError, HostEvent } from './host-api'

/** HostApi methods that are not remote calls: `kind` is a constant, dropped-file paths are
 *  read in the preload itself, and events are pushed, not called. */
type LocalMember = 'kind' | 'pathForDroppedFile' | 'onEvent'

export type HostMethodName = Exclude<keyof HostApi, LocalMember>
export type HostMethodArgs<M extends HostMethodName> = Parameters<HostApi[M]>
export type HostMethodResult<M extends HostMethodName> = Awaited<ReturnType<HostApi[M]>>

/** Every remote method, once. The `satisfies` + `MissingMethods` check below fails to compile
 *  when HostApi gains a method that is not listed here. */
export const HOST_METHODS = [
  'getInitialListing',
  'showOpenDialog',
  'showSaveDialog',
  'openPaths',
  'rescan',
  'closeAll',
  'readFile',
  'readFiles',
  'writeFile',
  'archiveFiles',
  'undoArchive',
  'applyResolution',
  'readDecisions',
  'writeDecisions',
  'applyFolderStep',
  'listFolderSteps',
  'undoFolderStep',
  'getRecent',
  'getSettings',
  'setSettings',
  'saveDraft',
  'loadDraft',
  'deleteDraft',
] as const satisfies readonly HostMethodName[]

type MissingMethods = Exclude<HostMethodName, (typeof HOST_METHODS)[number]>
const allMethodsListed: MissingMethods extends never ? true : MissingMethods = true
void allMethodsListed

/** Limits of one readFiles call (a bigger call is refused as a whole with 'bad-request'). */
export const READ_FILES_MAX_PATHS = 1000
export const READ_FILES_MAX_BYTES = 64 * 1024 * 1024

export function isHostMethodName(name: string): name is HostMethodName {
  return (HOST_METHODS as readonly string[]).includes(name)
}

/** IPC channel of a method (Electron). */
export function ipcChannelFor(method: HostMethodName): string {
  return `agent-merge:${method}`
}

/** IPC channel main uses to push HostEvents to the renderer. */
export const HOST_EVENT_CHANNEL = 'agent-merge:event'

/** How every remote call answers, over IPC and HTTP alike: errors travel as plain data
 *  (Electron's invoke and fetch both lose an Error's fields, so nothing is thrown across). */
export type HostResponse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError }

/** What the preload exposes as `window.agentMerge`: one function per channel, answering with
 *  a HostResponse envelope, plus the two local members. Nothing else. */
export type AgentMergeBridge = {
  readonly [M in HostMethodName]: (...args: HostMethodArgs<M>) => Promise<HostResponse<HostMethodResult<M>>>
} & {
  readonly pathForDroppedFile: (file: unknown) => string | null
  readonly onEvent: (listener: (event: HostEvent) => void) => () => void
}

/** Browser mode: HTTP routes and the token's header and query names. */
export const HTTP_CALL_PREFIX = '/api/call/'
export const HTTP_EVENTS_PATH = '/api/events'
export const TOKEN_HEADER = 'x-agent-merge-token'
export const TOKEN_QUERY = 'token'

/** Status codes browser mode answers errors with (the body is always a HostResponse). */
export const HTTP_STATUS_FOR_ERROR: { readonly [code in HostError['code']]: number } = {
  'outside-roots': 403,
  'not-found': 404,
  'not-agent-file': 422,
  'changed-on-disk': 409,
  exists: 409,
  'source-file': 409,
  'io-error': 500,
  'bad-request': 400,
  unauthorized: 401,
  cancelled: 409,
}
