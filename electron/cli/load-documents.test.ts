import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeTempFolder, writeTree } from '../host/temp-folder.test-util'
import { parseDocument } from './engine'
import { isKeptFile, loadFolder, streamFolder } from './folder-stream'
import { documentOrProblem, isProblem, type LoadedDocument } from './load-documents'

const text = '---\nname: reviewer\n---\n# Role\n\nYou review code.\n'
const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex')

describe('documentOrProblem', () => {
  it('without a hash: the same document, its hash and the file hash both empty', () => {
    const hashed = documentOrProblem('a.md', '/x/a.md', { text, hash: sha256(text), nulFree: true }) as LoadedDocument
    const unhashed = documentOrProblem('a.md', '/x/a.md', { text, hash: null, nulFree: true }) as LoadedDocument
    expect(hashed.fileHash).toBe(sha256(text))
    expect(hashed.doc).toEqual(parseDocument(text, '/x/a.md'))
    expect(unhashed.fileHash).toBe('')
    expect(unhashed.doc).toEqual({ ...hashed.doc, hash: '' })
  })
})

describe('loadFolder', () => {
  it('hashes every file when told to, and none when not', async () => {
    const folder = await makeTempFolder()
    await writeTree(folder, { 'a.md': text, 'b/c.md': `${text}More.\n` })
    const loaded = async (hashes: boolean): Promise<LoadedDocument[]> => (await loadFolder(folder, '/', { hashes })).docs.filter((d): d is LoadedDocument => !isProblem(d))
    const hashed = await loaded(true)
    expect(hashed.map((d) => [d.doc.path, d.fileHash, d.doc.hash])).toEqual([
      [join(folder, 'a.md'), sha256(text), sha256(text)],
      [join(folder, 'b/c.md'), sha256(`${text}More.\n`), sha256(`${text}More.\n`)],
    ])
    const unhashed = await loaded(false)
    expect(unhashed.map((d) => [d.fileHash, d.doc.hash])).toEqual([['', ''], ['', '']])
    expect(unhashed.map((d) => d.doc)).toEqual(hashed.map((d) => ({ ...d.doc, hash: '' })))
  })
})

describe('streamFolder', () => {
  it('hands over the documents unhashed (check reads each file once and compares nothing)', async () => {
    const folder = await makeTempFolder()
    await writeTree(folder, { 'a.md': text })
    const stream = await streamFolder(folder, '/', (doc) => doc)
    const docs = stream.files.map((f) => (isKeptFile(f) ? f.kept : null))
    expect(docs).toEqual([{ ...parseDocument(text, join(folder, 'a.md')), hash: '' }])
  })
})
