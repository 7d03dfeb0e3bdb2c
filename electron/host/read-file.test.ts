import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../shared/engine/hash'
import { readAgentFile } from './read-file'
import { makeTempFolder } from './temp-folder.test-util'

describe('readAgentFile', () => {
  it('returns the text with its BOM and the sha256 of the bytes', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'a.md')
    const bytes = Buffer.from('\uFEFF---\nname: a\n---\nBody ✓\n', 'utf8')
    await writeFile(path, bytes)
    const file = await readAgentFile(path)
    expect(file.text.startsWith('\uFEFF')).toBe(true)
    expect(Buffer.from(file.text, 'utf8').equals(bytes)).toBe(true)
    expect(file.hash).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(file.hash).toBe(sha256Hex(file.text)) // the engine names sources by this hash
  })

  it('says whether the bytes hold a NUL anywhere (after the binary sniff too)', async () => {
    const dir = await makeTempFolder()
    const clean = join(dir, 'clean.md')
    const late = join(dir, 'late.md')
    await writeFile(clean, 'x\n'.repeat(6000))
    await writeFile(late, 'x\n'.repeat(6000) + '\0tail\n') // past the first 8 KB: still text
    expect((await readAgentFile(clean)).nulFree).toBe(true)
    const file = await readAgentFile(late)
    expect(file.nulFree).toBe(false)
    expect(file.text.includes('\0')).toBe(true)
  })

  it('refuses a file over the size limit', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'big.md')
    await writeFile(path, 'x'.repeat(2000))
    await expect(readAgentFile(path, { maxFileSize: 1000 })).rejects.toMatchObject({ code: 'not-agent-file', message: expect.stringContaining('too large') })
  })

  it('refuses a binary file', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'bin.md')
    await writeFile(path, Buffer.from([0x23, 0x20, 0x00, 0x01]))
    await expect(readAgentFile(path)).rejects.toMatchObject({ code: 'not-agent-file', message: expect.stringContaining('binary') })
  })

  it('refuses invalid UTF-8 and names the line', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'latin1.md')
    await writeFile(path, Buffer.concat([Buffer.from('line one\nline two\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]))
    await expect(readAgentFile(path)).rejects.toMatchObject({ code: 'not-agent-file', line: 3 })
  })

  it('reports a missing file as not-found and a folder as not-agent-file', async () => {
    const dir = await makeTempFolder()
    await expect(readAgentFile(join(dir, 'missing.md'))).rejects.toMatchObject({ code: 'not-found' })
    await expect(readAgentFile(dir)).rejects.toMatchObject({ code: 'not-agent-file' })
  })
})
