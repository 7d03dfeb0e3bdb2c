// The two scripts the double puts in every frame of a window, built once per test process with
// esbuild from ./page: the main world's end of contextBridge, and the preload world (the renderer
// side of Electron, then the real preload). Per window they get a random nonce and the preload.
import { build } from 'esbuild'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const bundles = new Map<string, Promise<string>>()

function bundle(entry: string): Promise<string> {
  let built = bundles.get(entry)
  if (!built) {
    built = build({ entryPoints: [join(here, 'page', entry)], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'silent' }).then(
      (result) => result.outputFiles[0]!.text,
    )
    bundles.set(entry, built)
  }
  return built
}

export interface PageScripts {
  readonly nonce: string
  readonly bindingName: string
  readonly deliverName: string
  readonly electronName: string
  readonly mainWorld: string
  readonly preloadWorld: string
}

export interface PreloadWorldOptions {
  readonly preloadPath: string | null
  readonly contextIsolation: boolean
  readonly subframes: boolean
  readonly process: { readonly platform: string; readonly arch: string; readonly versions: Record<string, string> }
}

export async function pageScripts(options: PreloadWorldOptions): Promise<PageScripts> {
  const nonce = `edouble${randomBytes(12).toString('hex')}`
  const bindingName = `__${nonce}_ipc`
  const deliverName = `__${nonce}_deliver`
  const electronName = `__${nonce}_electron`
  const [mainWorld, preloadWorld] = await Promise.all([bundle('main-world.ts'), bundle('preload-world.ts')])
  const config = { nonce, bindingName, deliverName, electronName, ...options }
  // The preload is compiled as a function of the parameters Electron gives a sandboxed preload,
  // in a scope of its own: it closes over nothing of the double.
  const preload = options.preloadPath
    ? `(function (require, process, exports, module, Buffer, global) {\n${readFileSync(options.preloadPath, 'utf8')}\n})`
    : 'null'
  return {
    nonce,
    bindingName,
    deliverName,
    electronName,
    mainWorld: `(function (__DOUBLE_CONFIG__) {\n${mainWorld}\n})(${JSON.stringify({ nonce })});`,
    preloadWorld: `(function (__DOUBLE_PRELOAD__) {\n(function (__DOUBLE_CONFIG__) {\n${preloadWorld}\n})(${JSON.stringify(config)});\n})(${preload});`,
  }
}
