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
      // 4.5:1 on the background (axe color-contrast); the active line's number darker still.
      'editorLineNumber.foreground': '#6b7280',
      'editorLineNumber.activeForeground': '#1d2330',
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
      'editorLineNumber.foreground': '#8d94a0',
      'editorLineNumber.activeForeground': '#e3e7ee',
      'editor.lineHighlightBackground': '#242a35',
    },
  })
}
