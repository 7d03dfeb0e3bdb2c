// Light and dark Monaco themes that sit calmly inside the app's own palette.
import type * as MonacoApi from 'monaco-editor/editor/editor.api'

export const LIGHT_THEME = 'agent-merge-light'
export const DARK_THEME = 'agent-merge-dark'

export function defineAppThemes(monaco: typeof MonacoApi): void {
  monaco.editor.defineTheme(LIGHT_THEME, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: '3b5bdb', fontStyle: 'bold' },
      { token: 'strong', fontStyle: 'bold' },
      { token: 'emphasis', fontStyle: 'italic' },
    ],
    colors: {
      'editor.background': '#ffffff',
      'editorGutter.background': '#ffffff',
      'editorLineNumber.foreground': '#a0a4ab',
      'editor.lineHighlightBackground': '#f3f5f9',
    },
  })
  monaco.editor.defineTheme(DARK_THEME, {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: '8fa8ff', fontStyle: 'bold' },
      { token: 'strong', fontStyle: 'bold' },
      { token: 'emphasis', fontStyle: 'italic' },
    ],
    colors: {
      'editor.background': '#1b1f27',
      'editorGutter.background': '#1b1f27',
      'editorLineNumber.foreground': '#5d636e',
      'editor.lineHighlightBackground': '#242a35',
    },
  })
}
