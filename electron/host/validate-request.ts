// Check the shape of every remote call before it runs, with one valibot schema per method: a
// malformed call (wrong method, wrong argument count or types) is a 'bad-request' whose message
// names the argument or field (`writeFile: request.mergedFrom[1] must be a non-empty string`).

import * as v from 'valibot'
import { isHostMethodName, READ_FILES_MAX_PATHS, type HostMethodArgs, type HostMethodName } from '../../shared/host-channels'
import { isUnknownProperty, strictRecord } from '../../shared/strict-record'
import { hostFailure } from './host-error'

const MAX_PATHS = 10_000
const MAX_PATH_LENGTH = 4096
const MAX_TEXT_LENGTH = 64 * 1024 * 1024
/** A draft is a recipe and a little view state, a handful of levels deep; far deeper data would
 *  overflow the stack of JSON.stringify when it is saved (20,000 levels did: a 500). */
export const MAX_DRAFT_DEPTH = 100
const MAX_MERGED_FROM = 100 // the compare view shows at most 20 variants

/** Messages say what was expected of the value; the call's message puts where it is in front. */
const record = <const E extends v.ObjectEntries>(entries: E, shape: string) =>
  strictRecord(entries, { notObject: `must be an object ${shape}`, missing: () => 'is missing', unknown: (key) => `has unknown field ${key}` })

const string = v.string('must be a string')
const flag = v.optional(v.boolean('must be true or false'))
const path = v.pipe(v.string('must be a non-empty string'), v.minLength(1, 'must be a non-empty string'), v.maxLength(MAX_PATH_LENGTH, `is longer than ${MAX_PATH_LENGTH} characters`))
const pathList = (max = MAX_PATHS) =>
  v.pipe(
    v.array(path, 'must be a list of paths'),
    v.minLength(1, 'must list at least one path'),
    v.maxLength(max, (issue) => `may hold at most ${max} paths at once (got ${issue.received}); split the list into smaller calls`),
  )
const hash = (message: string) => v.pipe(v.string(message), v.regex(/^[0-9a-f]{64}$/, message))
const SHA256 = 'must be a 64-character lowercase hex SHA-256'
/** All the texts of one call together: a call is read into memory whole. */
const textsFit = (items: readonly { readonly text: string | null }[]): boolean => items.reduce((sum, item) => sum + (item.text?.length ?? 0), 0) <= MAX_TEXT_LENGTH
const TOO_LARGE = 'holds texts too large for one call'

const writeRequest = record(
  {
    path,
    text: v.pipe(string, v.maxLength(MAX_TEXT_LENGTH, 'is too large')),
    expectedHash: v.nullable(hash(`${SHA256} or null`)),
    force: flag,
    overwriteSource: flag,
    mergedFrom: v.optional(pathList(MAX_MERGED_FROM)),
  },
  '{ path, text, expectedHash }',
)

const archiveList = v.pipe(
  v.array(record({ path, expectedHash: hash(SHA256) }, '{ path, expectedHash }'), 'must be a list'),
  v.minLength(1, 'must list at least one file'),
  v.maxLength(MAX_PATHS, `may hold at most ${MAX_PATHS} files at once`),
)

const writeList = v.pipe(
  v.array(record({ path, text: string }, '{ path, text }'), 'must be a list'),
  v.maxLength(MAX_PATHS, `may hold at most ${MAX_PATHS} files at once`),
  v.check((items) => textsFit(items), TOO_LARGE),
)

/** Files a step leaves in place on purpose (none is fine). */
const keepPaths = v.pipe(v.array(path, 'must be a list of paths'), v.maxLength(MAX_PATHS, `may hold at most ${MAX_PATHS} paths at once`))
const keepList = v.optional(keepPaths)

const resolutionRequest = record({ archive: archiveList, write: writeList, keep: keepList }, '{ archive, write }')

const decisionWrites = v.pipe(
  v.array(record({ name: string, text: v.nullable(v.string('must be a string or null')) }, '{ name, text }'), 'must be a list of { name, text }'),
  v.maxLength(MAX_PATHS, `may hold at most ${MAX_PATHS} files at once`),
  v.check((items) => textsFit(items), TOO_LARGE),
)

const MAX_LABEL_LENGTH = 1000

const folderStep = record(
  {
    label: v.pipe(string, v.minLength(1, 'must be a non-empty string'), v.maxLength(MAX_LABEL_LENGTH, `is longer than ${MAX_LABEL_LENGTH} characters`)),
    archive: archiveList,
    write: writeList,
    decisions: decisionWrites,
    keep: keepList,
  },
  '{ label, archive, write, decisions }',
)

const settingsChanges = record(
  {
    theme: v.optional(v.picklist(['system', 'light', 'dark'], 'must be "system", "light" or "dark"')),
    zoom: v.optional(v.pipe(v.number('must be a number from 0.25 to 5'), v.finite('must be a number from 0.25 to 5'), v.minValue(0.25, 'must be a number from 0.25 to 5'), v.maxValue(5, 'must be a number from 0.25 to 5'))),
    foldIdenticalRows: flag,
  },
  '{ theme?, zoom?, foldIdenticalRows? }',
)

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

const draft = record(
  {
    id: string,
    updatedAt: v.pipe(v.number('must be a number'), v.finite('must be a number')),
    data: v.pipe(
      v.unknown(),
      v.check((data) => nestingDepth(data, MAX_DRAFT_DEPTH) <= MAX_DRAFT_DEPTH, `nests deeper than ${MAX_DRAFT_DEPTH} levels; a draft is not that deep`),
    ),
  },
  '{ id, updatedAt, data }',
)

/** A method's arguments: each with the name its messages use. */
function args<const T extends readonly (readonly [string, v.GenericSchema])[]>(...named: T) {
  const items = named.map(([, schema]) => schema) as { -readonly [K in keyof T]: T[K][1] }
  return { names: named.map(([name]) => name), schema: v.strictTuple(items) }
}

type Calls = { readonly [M in HostMethodName]: { readonly names: readonly string[]; readonly schema: v.GenericSchema<unknown, HostMethodArgs<M>> } }

const CALLS: Calls = {
  getInitialListing: args(),
  showOpenDialog: args(['kind', v.picklist(['folder', 'files'], 'must be "folder" or "files"')]),
  showSaveDialog: args(['defaultPath', string]),
  openPaths: args(['paths', pathList()]),
  rescan: args(),
  closeAll: args(),
  readFile: args(['path', path]),
  readFiles: args(['paths', pathList(READ_FILES_MAX_PATHS)]),
  writeFile: args(['request', writeRequest]),
  archiveFiles: args(['paths', pathList()], ['keep', keepPaths]),
  undoArchive: args(['archiveId', string]),
  applyResolution: args(['request', resolutionRequest]),
  readDecisions: args(['folder', path]),
  writeDecisions: args(['folder', path], ['files', decisionWrites]),
  applyFolderStep: args(['folder', path], ['step', folderStep]),
  listFolderSteps: args(['folder', path]),
  undoFolderStep: args(['folder', path], ['id', string]),
  getRecent: args(),
  getSettings: args(),
  setSettings: args(['settings', settingsChanges]),
  saveDraft: args(['draft', draft]),
  loadDraft: args(['id', string]),
  deleteDraft: args(['id', string]),
}

function bad(method: string, message: string): never {
  throw hostFailure('bad-request', `${method}: ${message}`)
}

/** `request.mergedFrom[1]`: the argument's name, then the fields and indices to the value. An
 *  unknown field is named by the message, on its object. */
function where(names: readonly string[], issue: v.BaseIssue<unknown>): string {
  const [first, ...rest] = (issue.path ?? []).slice(0, isUnknownProperty(issue) ? -1 : undefined)
  const steps = rest.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
  return `${names[Number(first?.key)] ?? 'the arguments'}${steps.join('')}`
}

export interface ValidCall<M extends HostMethodName = HostMethodName> {
  readonly method: M
  readonly args: HostMethodArgs<M>
}

/** A checked call, or a thrown 'bad-request' HostFailure. */
export function validateRequest(method: unknown, args: unknown): ValidCall {
  if (typeof method !== 'string' || !isHostMethodName(method)) bad(String(method), 'there is no such host method')
  if (!Array.isArray(args)) bad(method, 'the arguments must be a JSON array')
  const { names, schema } = CALLS[method]
  if (args.length !== names.length) bad(method, `expected ${names.length} argument${names.length === 1 ? '' : 's'}, got ${args.length}`)
  const result = v.safeParse(schema, args, { abortEarly: true })
  if (!result.success) bad(method, `${where(names, result.issues[0])} ${result.issues[0].message}`)
  return { method, args: result.output } as ValidCall
}
