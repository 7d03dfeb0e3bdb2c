// Renders assets/icon.svg into the PNG sizes the packagers want (assets/icons/<size>x<size>.png)
// with Debian's Chromium through Playwright. Run by hand after editing the SVG; the PNGs are committed.
import { chromium } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8')
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const outDir = join(root, 'assets/icons')
mkdirSync(outDir, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
const page = await browser.newPage()
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`)
  await page.screenshot({ path: join(outDir, `${size}x${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
}
await browser.close()
console.log(`icons: wrote ${sizes.length} PNGs to assets/icons`)
