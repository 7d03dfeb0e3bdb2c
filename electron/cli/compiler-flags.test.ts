// The compiler flags the bundled command sets: known to this V8 (an unknown one is reported on
// stderr under every command), and set only on the V8 they were measured on.
import { spawnSync } from 'node:child_process'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const setFlags = vi.hoisted(() => vi.fn())
vi.mock('node:v8', () => ({ setFlagsFromString: setFlags }))

const { COMPILER_FLAGS, LONG_RUN_FILES, LONG_RUN_FLAGS, isTunedV8, tuneCompilerForFiles, tuneCompilerForShortRun } = await import('./compiler-flags')

describe('tuneCompilerForShortRun', () => {
  beforeEach(() => setFlags.mockClear())

  it('sets every flag on a tuned V8', () => {
    tuneCompilerForShortRun('scan', '11.3.244.8-node.38')
    expect(setFlags.mock.calls.map((call) => call[0])).toEqual([...COMPILER_FLAGS])
  })

  it('leaves another V8 with its defaults', () => {
    tuneCompilerForShortRun('scan', '13.6.233.10-node.19')
    tuneCompilerForShortRun('scan', '10.2.154.26-node.26')
    expect(setFlags).not.toHaveBeenCalled()
  })

  it('leaves `serve` (browser mode, running for hours) with the defaults', () => {
    tuneCompilerForShortRun('serve', '11.3.244.8-node.38')
    expect(setFlags).not.toHaveBeenCalled()
  })

  it('compiles sooner once a tuned run knows it reads more than LONG_RUN_FILES files', () => {
    tuneCompilerForShortRun('scan', '11.3.244.8-node.38')
    setFlags.mockClear()
    tuneCompilerForFiles(LONG_RUN_FILES)
    expect(setFlags).not.toHaveBeenCalled()
    tuneCompilerForFiles(LONG_RUN_FILES + 1)
    expect(setFlags.mock.calls.map((call) => call[0])).toEqual([...LONG_RUN_FLAGS])
  })

  it('leaves a process it did not tune alone, however many files it reads (tests, benches)', async () => {
    vi.resetModules()
    const fresh = await import('./compiler-flags')
    fresh.tuneCompilerForFiles(fresh.LONG_RUN_FILES + 1)
    expect(setFlags).not.toHaveBeenCalled()
  })

  it.runIf(isTunedV8(process.versions.v8))('uses flags this V8 knows: nothing printed, the process runs on', () => {
    const script = `const v8 = require('node:v8'); for (const f of ${JSON.stringify([...COMPILER_FLAGS, ...LONG_RUN_FLAGS])}) v8.setFlagsFromString(f); process.stdout.write('ran')`
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
    expect(run.stdout).toBe('ran')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
