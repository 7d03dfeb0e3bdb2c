// bin/agent-merge.cjs: runs the built bundle, or says in one line how to build it.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from './cli-test-util'

function installBin(): string {
  const dir = mkdtempSync(join(tmpdir(), 'agent-merge-bin-'))
  mkdirSync(join(dir, 'bin'))
  copyFileSync(join(REPO, 'bin', 'agent-merge.cjs'), join(dir, 'bin', 'agent-merge.cjs'))
  return dir
}

describe('bin/agent-merge.cjs', () => {
  it('says how to build when the bundle is missing, with exit 1', () => {
    const dir = installBin()
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'agent-merge.cjs'), '--version'], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('agent-merge: not built yet; run `npm run build` first\n')
    expect(run.stdout).toBe('')
  })

  it('runs the bundle when it is there', () => {
    const dir = installBin()
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true })
    writeFileSync(join(dir, 'dist', 'cli', 'agent-merge.cjs'), "process.stdout.write('bundle ran ' + process.argv.slice(2).join(' '))\n")
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'agent-merge.cjs'), 'scan', '.'], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('bundle ran scan .')
  })
})
