import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

// The renderer: root `renderer/`, built to `dist/renderer` with relative URLs (`base: './'`) so the
// same bundle loads from `file://` in Electron and from the browser-mode server.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 6000, // Monaco is bundled on purpose (no CDN)
  },
  server: { port: 5173, strictPort: false },
})
