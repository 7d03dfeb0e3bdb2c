// `npm test`: type-check, lint, unit tests, build, end-to-end tests (browser mode, then the
// desktop app through the Electron double). Runs every step even when one fails, then prints a
// summary and one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const reports = join(root, 'test-results')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

const steps = [
  { name: 'type-check (shared)', cmd: npx, args: ['tsc', '-p', 'tsconfig.shared.json'] },
  { name: 'type-check (node)', cmd: npx, args: ['tsc', '-p', 'tsconfig.node.json'] },
  { name: 'type-check (web)', cmd: npx, args: ['tsc', '-p', 'tsconfig.web.json'] },
  { name: 'type-check (desktop double)', cmd: npx, args: ['tsc', '-p', 'tsconfig.desktop.json'] },
  { name: 'lint', cmd: npx, args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'unit tests', cmd: npx, args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'unit.json')}`] },
  { name: 'build', cmd: process.execPath, args: ['scripts/build.mjs'] },
  { name: 'packaging check', cmd: process.execPath, args: ['scripts/check-packaging.mjs'] },
  {
    name: 'end-to-end tests',
    cmd: npx,
    args: ['playwright', 'test', '--project', 'browser', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e.json') },
  },
  {
    name: 'desktop tests',
    cmd: npx,
    args: ['playwright', 'test', '--project', 'desktop', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'desktop.json') },
  },
]

const results = []
for (const step of steps) {
  console.log(`\n=== ${step.name}`)
  const started = Date.now()
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...step.env } })
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 })
}

function countVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0, skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) }
}

function countPlaywright(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 }
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {}
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0, flaky: stats.flaky ?? 0 }
}

const unit = countVitest(join(reports, 'unit.json'))
const e2e = countPlaywright(join(reports, 'e2e.json'))
const desktop = countPlaywright(join(reports, 'desktop.json'))
const failedSteps = results.filter((r) => !r.ok)
console.log('\n=== summary')
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`)
const counts = (name, c) => `${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`
console.log([counts('unit', unit), counts('e2e', e2e), counts('desktop', desktop)].join('; '))
if (e2e.flaky) console.log(`e2e: ${e2e.flaky} passed only on retry (flaky): see test-results/e2e.json`)
if (desktop.flaky) console.log(`desktop: ${desktop.flaky} passed only on retry (flaky): see test-results/desktop.json`)
const passed = unit.passed + e2e.passed + desktop.passed
// A failed step that ran no counted test (type errors, lint) still counts as a failure.
const runners = ['unit tests', 'end-to-end tests', 'desktop tests']
const failed = unit.failed + e2e.failed + desktop.failed + failedSteps.filter((r) => !runners.includes(r.name)).length
const failedRunners = failedSteps.filter((r) => runners.includes(r.name)).length
console.log(`${passed} passed, ${Math.max(failed, failedRunners)} failed`)
process.exit(failedSteps.length > 0 ? 1 : 0)
