// Stops the run at once, with one line and no stack trace, when the renderer has not been built.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const RENDERER_DIR = join(process.cwd(), 'dist', 'renderer')

export default function globalSetup(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error('e2e: dist/renderer/index.html is missing: run `npm run build` before the end-to-end tests')
    process.exit(1)
  }
}
