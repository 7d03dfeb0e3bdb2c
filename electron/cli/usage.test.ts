import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json'
import { hasStackTrace, runCli } from './cli-test-util'

describe('agent-merge usage', () => {
  it('prints help and the version with exit 0', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/agent-merge scan <folder>/)
    const mergeHelp = await runCli(['merge', '--help'])
    expect(mergeHelp.code).toBe(0)
    expect(mergeHelp.stdout).toMatch(/^Usage: agent-merge merge/)
    expect((await runCli(['--version'])).stdout).toBe(`${packageJson.version}\n`)
  })

  it.each([
    [[], /agent-merge: find the variants/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--bogus'], /unknown option --bogus/],
    [['scan', '--bogus', '.'], /unknown option --bogus[\s\S]*agent-merge scan --help/],
    [['scan'], /scan needs exactly one folder/],
    [['diff', 'a.md'], /diff needs at least two files/],
    [['merge', 'a.md'], /exactly one of --take <n> or --recipe <file>/],
    [['merge', 'a.md', '--take', '1', '--recipe', 'r.json'], /exactly one of --take/],
    [['merge', 'a.md', '--take', '0'], /--take needs a whole number from 1/],
    [['merge', 'a.md', '--take', 'x'], /--take needs a whole number/],
    [['merge', 'a.md', '--take', '2'], /--take 2: only 1 file was given/],
    [['merge', 'a.md', '--take'], /option --take needs a value/],
    [['merge', 'a.md', '--take', '1', '--print-recipe', '-o', 'x.md'], /cannot be combined with -o/],
    [['check'], /check needs at least one file or folder/],
    [['check', '--json=yes', 'a.md'], /option --json takes no value/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const run = await runCli(argv)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).toBe('')
    expect(hasStackTrace(run.stderr)).toBe(false)
  })

  it('hands serve to browser mode, which refuses a missing folder', async () => {
    const run = await runCli(['serve', '/definitely/not/here'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/agent-merge serve: .*not[/\\]here does not exist/)
    expect((await runCli(['serve', '--help'])).stdout).toMatch(/^Usage: agent-merge serve/)
  })

  it('treats arguments after -- as files', async () => {
    const run = await runCli(['check', '--', '--json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^--json: .*does not exist/m)
  })
})
