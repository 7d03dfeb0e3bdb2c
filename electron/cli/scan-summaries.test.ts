// The scan keeps only summaries and each file's grouping features: its grouping must be exactly
// what grouping the fully loaded documents gives (the way scan worked before), on a generated
// folder of corpus copies whose names and bodies vary.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeTempFolder, writeTree } from '../host/temp-folder.test-util'
import { groupDocuments, groupInputFromDocument, groupPrepared } from './engine'
import { loadFolder } from './folder-stream'
import { isProblem, type LoadedDocument } from './load-documents'
import { summariseFolder } from './scan-summaries'
import { textSketches } from '../../shared/engine/group/minhash'

const corpusRoot = join(__dirname, '..', '..', 'test-fixtures', 'corpus')

function corpusFiles(): { relPath: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : /\.mdc?$/.test(name) ? [join(dir, name)] : []))
  return walk(corpusRoot).map((path) => ({ relPath: relative(corpusRoot, path), text: readFileSync(path, 'utf8') }))
}

/** Four copies of the corpus: as is, renamed, with words edited, with the first section dropped. */
async function generatedFolder(): Promise<string> {
  const folder = await makeTempFolder()
  const tree: Record<string, string> = {}
  corpusFiles().forEach(({ relPath, text }, k) => {
    tree[`copy0/${relPath}`] = text
    tree[`copy1/${relPath}`] = text.replace(/^name:[ \t]*(.*)$/m, (_, name: string) => `name: ${name.trim()}-pro`)
    tree[`copy2/${relPath}`] = text.replace(/\b(the|and|with)\b/g, (w) => (k % 2 === 0 ? w.toUpperCase() : 'plus'))
    tree[`copy3/${relPath}`] = text.replace(/^## [^\n]*\n[\s\S]*?(?=^## )/m, '')
  })
  await writeTree(folder, tree)
  return folder
}

describe('summariseFolder + groupPrepared (scan)', () => {
  it('groups exactly as grouping the whole documents does', async () => {
    const folder = await generatedFolder()
    const summary = await summariseFolder(folder, '/')
    const load = await loadFolder(folder, '/', { hashes: false })
    const docs = load.docs.filter((d): d is LoadedDocument => !isProblem(d))
    expect(summary.files.map((f) => f.display)).toEqual(docs.map((d) => d.display))
    expect(summary.files).toEqual(docs.map(({ display, doc }) => ({ display, format: doc.format, identity: doc.identity, name: doc.name, frontmatterMode: doc.frontmatterMode, diagnostics: doc.diagnostics })))
    const whole = groupDocuments(docs.map((d) => groupInputFromDocument(d.doc)))
    expect(whole.groups.length).toBeGreaterThan(10)
    expect(whole.groups.some((g) => g.members.length > 16)).toBe(true) // similarity sampled
    expect(whole.suggestions.length).toBeGreaterThan(0)
    expect(groupPrepared(summary.groupInputs)).toEqual(whole)
  })

  it('signs the body as the loaded document has it, after frontmatter outside ASCII, a BOM, or none', async () => {
    const folder = await makeTempFolder()
    const texts = {
      'a.md': '---\nname: café ☕ 𝒳\ndescription: “quoted”\n---\nBody — naïve 🙂 text\n',
      'b.md': '\ufeff---\nname: b\n---\nafter a BOM é\n',
      'c.md': '\ufeffno frontmatter ü\n',
      'd.md': 'plain — body\n',
    }
    await writeTree(folder, texts)
    const summary = await summariseFolder(folder, '/')
    const load = await loadFolder(folder, '/', { hashes: false })
    const docs = load.docs.filter((d): d is LoadedDocument => !isProblem(d))
    expect(docs.map(({ doc }) => doc.text)).toEqual(Object.values(texts))
    docs.forEach(({ doc }, k) => expect(summary.groupInputs[k]!.features.likeness).toEqual(textSketches(doc.text.slice(doc.bodyStart)).likeness))
    expect(summary.groupInputs[0]!.features).toEqual(expect.objectContaining(textSketches('Body — naïve 🙂 text\n')))
  })
})
