// Lint rules that keep the layers honest: the engine imports nothing from Node, the DOM side or
// Electron; the Node services and the CLI never import Electron; the renderer reaches files only
// through the HostApi, and only the preload touches ipcRenderer.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const nodeBuiltins = { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net'], message: 'Node modules are not available here.' }
const electronOnly = { group: ['electron'], message: 'Only electron/main and electron/preload may import Electron.' }

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'e2e-artifacts/**', 'test-fixtures/**', 'examples/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electronOnly, { group: ['react', 'react-dom', 'zustand', 'monaco-editor', '../../renderer/*', '../renderer/*', '../electron/*', '../../electron/*'], message: 'The engine is pure: no UI or host imports.' }] }] },
  },
  {
    files: ['electron/host/**/*.ts', 'electron/serve/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronOnly] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this project does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electronOnly, { group: ['**/electron/**'], message: 'The renderer reaches the host only through HostApi (renderer/src/host).' }] }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='ipcRenderer']", message: 'ipcRenderer belongs to the preload only.' }] },
  },
)
