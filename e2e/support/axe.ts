// Runs axe-core (injected from node_modules, never shipped) on the page and returns the serious
// and critical violations, one readable line per rule with its first few elements.
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface AxeNode {
  readonly target: readonly unknown[]
  readonly failureSummary?: string
}
interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: readonly AxeNode[]
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in globalThis)
  // Evaluated through the DevTools protocol, which the app's strict CSP does not apply to.
  if (!injected) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as { document: unknown; axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      // One line per distinct failure (e.g. one colour pair), with the first element showing it.
      const seen = new Map<string, string>()
      for (const n of v.nodes) {
        const why = (n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()
        if (!seen.has(why)) seen.set(why, `${JSON.stringify(n.target)} ${why}`)
      }
      return `${v.id} (${v.impact}, ${v.nodes.length}): ${v.help}\n    ${[...seen.values()].join('\n    ')}`
    })
}
