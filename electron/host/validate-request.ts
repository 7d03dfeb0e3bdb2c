// Check the shape of every remote call before it runs: a malformed call (wrong method, wrong
// argument count or types) is a 'bad-request' with a message that names the problem.

import type { DecisionWrite, Draft, ResolutionRequest, Settings, WriteRequest } from '../../shared/host-api'
import { isHostMethodName, READ_FILES_MAX_PATHS, type HostMethodArgs, type HostMethodName } from '../../shared/host-channels'
import { hostFailure } from './host-error'
import { isRecord } from './json-file'

const MAX_PATHS = 10_000
const MAX_PATH_LENGTH = 4096
const MAX_TEXT_LENGTH = 64 * 1024 * 1024
const HASH = /^[0-9a-f]{64}$/
/** A draft is a recipe and a little view state, a handful of levels deep; far deeper data would
 *  overflow the stack of JSON.stringify when it is saved (20,000 levels did: a 500). */
export const MAX_DRAFT_DEPTH = 100
const MAX_MERGED_FROM = 100 // the compare view shows at most 20 variants

function bad(method: string, message: string): never {
  throw hostFailure('bad-request', `${method}: ${message}`)
}

function pathArg(method: string, value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) bad(method, `${what} must be a non-empty string`)
  if (value.length > MAX_PATH_LENGTH) bad(method, `${what} is longer than ${MAX_PATH_LENGTH} characters`)
  return value
}

function pathList(method: string, value: unknown, max = MAX_PATHS): string[] {
  if (!Array.isArray(value)) bad(method, 'expected a list of paths')
  if (value.length === 0) bad(method, 'the list of paths is empty')
  if (value.length > max) bad(method, `at most ${max} paths at once (got ${value.length}); split the list into smaller calls`)
  return value.map((p, i) => pathArg(method, p, `path ${i + 1}`))
}

function onlyKeys(method: string, value: Record<string, unknown>, allowed: readonly string[], what: string): void {
  const extra = Object.keys(value).filter((k) => !allowed.includes(k))
  if (extra.length > 0) bad(method, `${what} has unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}`)
}

function writeRequest(method: string, value: unknown): WriteRequest {
  if (!isRecord(value)) bad(method, 'expected a request object { path, text, expectedHash }')
  onlyKeys(method, value, ['path', 'text', 'expectedHash', 'force', 'overwriteSource', 'mergedFrom'], 'the request')
  const path = pathArg(method, value.path, 'request.path')
  if (typeof value.text !== 'string') bad(method, 'request.text must be a string')
  if (value.text.length > MAX_TEXT_LENGTH) bad(method, 'request.text is too large')
  const { expectedHash, force, overwriteSource } = value
  if (expectedHash !== null && (typeof expectedHash !== 'string' || !HASH.test(expectedHash))) {
    bad(method, 'request.expectedHash must be a 64-character lowercase hex SHA-256 or null')
  }
  if (force !== undefined && typeof force !== 'boolean') bad(method, 'request.force must be true or false')
  if (overwriteSource !== undefined && typeof overwriteSource !== 'boolean') bad(method, 'request.overwriteSource must be true or false')
  const mergedFrom = value.mergedFrom === undefined ? undefined : pathList(method, value.mergedFrom, MAX_MERGED_FROM)
  return {
    path,
    text: value.text,
    expectedHash,
    ...(force !== undefined ? { force } : {}),
    ...(overwriteSource !== undefined ? { overwriteSource } : {}),
    ...(mergedFrom !== undefined ? { mergedFrom } : {}),
  }
}

function settingsChanges(method: string, value: unknown): Partial<Settings> {
  if (!isRecord(value)) bad(method, 'expected an object of settings')
  onlyKeys(method, value, ['theme', 'zoom', 'foldIdenticalRows'], 'the settings')
  const { theme, zoom, foldIdenticalRows } = value
  if (theme !== undefined && theme !== 'system' && theme !== 'light' && theme !== 'dark') bad(method, 'theme must be "system", "light" or "dark"')
  if (zoom !== undefined && (typeof zoom !== 'number' || !Number.isFinite(zoom) || zoom < 0.25 || zoom > 5)) bad(method, 'zoom must be a number from 0.25 to 5')
  if (foldIdenticalRows !== undefined && typeof foldIdenticalRows !== 'boolean') bad(method, 'foldIdenticalRows must be true or false')
  return value as Partial<Settings>
}

/** How deep arrays and objects nest in `value`, counted without recursion, stopping past `limit`. */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0
  const stack: { readonly value: unknown; readonly depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: next, depth } = stack.pop()!
    if (typeof next !== 'object' || next === null) continue
    const here = depth + 1
    if (here > deepest) deepest = here
    if (deepest > limit) return deepest
    for (const child of Array.isArray(next) ? next : Object.values(next)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: here })
    }
  }
  return deepest
}

function draft(method: string, value: unknown): Draft {
  if (!isRecord(value)) bad(method, 'expected a draft object { id, updatedAt, data }')
  onlyKeys(method, value, ['id', 'updatedAt', 'data'], 'the draft')
  if (typeof value.id !== 'string') bad(method, 'draft.id must be a string')
  if (typeof value.updatedAt !== 'number' || !Number.isFinite(value.updatedAt)) bad(method, 'draft.updatedAt must be a number')
  if (nestingDepth(value.data, MAX_DRAFT_DEPTH) > MAX_DRAFT_DEPTH) bad(method, `draft.data nests deeper than ${MAX_DRAFT_DEPTH} levels; a draft is not that deep`)
  return { id: value.id, updatedAt: value.updatedAt, data: value.data }
}

function resolutionRequest(method: string, value: unknown): ResolutionRequest {
  if (!isRecord(value)) bad(method, 'expected a request object { archive, write }')
  onlyKeys(method, value, ['archive', 'write'], 'the request')
  const { archive, write } = value
  if (!Array.isArray(archive) || archive.length === 0) bad(method, 'request.archive must be a non-empty list')
  if (!Array.isArray(write)) bad(method, 'request.write must be a list')
  if (archive.length > MAX_PATHS || write.length > MAX_PATHS) bad(method, `at most ${MAX_PATHS} files to archive and ${MAX_PATHS} to write at once`)
  let total = 0
  return {
    archive: archive.map((item: unknown, i) => {
      if (!isRecord(item)) bad(method, `archive ${i + 1} must be { path, expectedHash }`)
      onlyKeys(method, item, ['path', 'expectedHash'], `archive ${i + 1}`)
      if (typeof item.expectedHash !== 'string' || !HASH.test(item.expectedHash)) bad(method, `archive ${i + 1}: expectedHash must be a 64-character lowercase hex SHA-256`)
      return { path: pathArg(method, item.path, `archive ${i + 1} path`), expectedHash: item.expectedHash }
    }),
    write: write.map((item: unknown, i) => {
      if (!isRecord(item)) bad(method, `write ${i + 1} must be { path, text }`)
      onlyKeys(method, item, ['path', 'text'], `write ${i + 1}`)
      if (typeof item.text !== 'string') bad(method, `write ${i + 1}: text must be a string`)
      total += item.text.length
      if (total > MAX_TEXT_LENGTH) bad(method, 'the texts to write are too large for one call')
      return { path: pathArg(method, item.path, `write ${i + 1} path`), text: item.text }
    }),
  }
}

function decisionWrites(method: string, value: unknown): DecisionWrite[] {
  if (!Array.isArray(value)) bad(method, 'expected a list of { name, text }')
  if (value.length > MAX_PATHS) bad(method, `at most ${MAX_PATHS} files at once`)
  let total = 0
  return value.map((item: unknown, i) => {
    if (!isRecord(item)) bad(method, `file ${i + 1} must be { name, text }`)
    onlyKeys(method, item, ['name', 'text'], `file ${i + 1}`)
    const name = stringArg(method, item.name, `file ${i + 1} name`)
    if (item.text !== null && typeof item.text !== 'string') bad(method, `file ${i + 1}: text must be a string or null`)
    total += item.text?.length ?? 0
    if (total > MAX_TEXT_LENGTH) bad(method, 'the texts are too large for one call')
    return { name, text: item.text }
  })
}

function stringArg(method: string, value: unknown, what: string): string {
  if (typeof value !== 'string') bad(method, `${what} must be a string`)
  return value
}

type Validators = { readonly [M in HostMethodName]: (args: readonly unknown[]) => HostMethodArgs<M> }

const validators: Validators = {
  getInitialListing: () => [],
  showOpenDialog: ([kind]) => {
    if (kind !== 'folder' && kind !== 'files') bad('showOpenDialog', 'kind must be "folder" or "files"')
    return [kind]
  },
  showSaveDialog: ([path]) => [stringArg('showSaveDialog', path, 'the default path')],
  openPaths: ([paths]) => [pathList('openPaths', paths)],
  rescan: () => [],
  closeAll: () => [],
  readFile: ([path]) => [pathArg('readFile', path, 'the path')],
  readFiles: ([paths]) => [pathList('readFiles', paths, READ_FILES_MAX_PATHS)],
  writeFile: ([request]) => [writeRequest('writeFile', request)],
  archiveFiles: ([paths]) => [pathList('archiveFiles', paths)],
  undoArchive: ([id]) => [stringArg('undoArchive', id, 'the archive id')],
  applyResolution: ([request]) => [resolutionRequest('applyResolution', request)],
  readDecisions: ([folder]) => [pathArg('readDecisions', folder, 'the folder')],
  writeDecisions: ([folder, files]) => [pathArg('writeDecisions', folder, 'the folder'), decisionWrites('writeDecisions', files)],
  getRecent: () => [],
  getSettings: () => [],
  setSettings: ([changes]) => [settingsChanges('setSettings', changes)],
  saveDraft: ([value]) => [draft('saveDraft', value)],
  loadDraft: ([id]) => [stringArg('loadDraft', id, 'the draft id')],
  deleteDraft: ([id]) => [stringArg('deleteDraft', id, 'the draft id')],
}

const ARITY: { readonly [M in HostMethodName]: number } = {
  getInitialListing: 0, showOpenDialog: 1, showSaveDialog: 1, openPaths: 1, rescan: 0, closeAll: 0,
  readFile: 1, readFiles: 1, writeFile: 1, archiveFiles: 1, undoArchive: 1, getRecent: 0, getSettings: 0,
  setSettings: 1, saveDraft: 1, loadDraft: 1, deleteDraft: 1, applyResolution: 1, readDecisions: 1, writeDecisions: 2,
}

export interface ValidCall<M extends HostMethodName = HostMethodName> {
  readonly method: M
  readonly args: HostMethodArgs<M>
}

/** A checked call, or a thrown 'bad-request' HostFailure. */
export function validateRequest(method: unknown, args: unknown): ValidCall {
  if (typeof method !== 'string' || !isHostMethodName(method)) bad(String(method), 'there is no such host method')
  if (!Array.isArray(args)) bad(method, 'the arguments must be a JSON array')
  if (args.length !== ARITY[method]) bad(method, `expected ${ARITY[method]} argument${ARITY[method] === 1 ? '' : 's'}, got ${args.length}`)
  return { method, args: validators[method](args) } as ValidCall
}
