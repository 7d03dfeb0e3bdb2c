// The one place Monaco is loaded. Bundled from the `monaco-editor` package (never a CDN), with only
// the editor core, the contributions this app uses and the Markdown grammar, to keep the bundle lean.
// The editor worker is a bundled module worker, so a strict CSP (`worker-src 'self'`) allows it.

import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/features/codicon/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/folding/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/contextmenu/register'
import 'monaco-editor/features/diffEditor/register'
import 'monaco-editor/features/readOnlyMessage/register'
import 'monaco-editor/features/wordHighlighter/register'
import 'monaco-editor/features/multicursor/register'
import 'monaco-editor/languages/definitions/markdown/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import { defineAppThemes } from './monaco-themes'

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker }
  }
}

let configured = false

/** Configures the worker and themes once; every editor component calls it before creating an editor. */
export function setUpMonaco(): typeof monaco {
  if (!configured) {
    self.MonacoEnvironment = { getWorker: () => new EditorWorker() }
    defineAppThemes(monaco)
    configured = true
  }
  return monaco
}

export type Monaco = typeof monaco
