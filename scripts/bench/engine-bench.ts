// Engine benchmark: parsing, grouping at scale, aligning and diffing. Medians over several runs,
// with ratios to baselines measured in the same run (reading the bytes; gray-matter alone).

import matter from 'gray-matter'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHostService } from '../../electron/host/host-service'
import { readAgentFile } from '../../electron/host/read-file'
import { createScanTextCache, type ScanTextCache } from '../../electron/host/scan-text-cache'
import { scanFolder } from '../../electron/host/scan-folder'
import { alignVariants } from '../../shared/engine/align/align-variants'
import type { AgentDocument } from '../../shared/engine/model'
import type { AgentFileText } from '../../shared/host-api'
import { diffWords } from '../../shared/engine/diff/word-diff'
import { groupDocuments, groupInputFromDocument } from '../../shared/engine/group'
import { parseDocument } from '../../shared/engine/parse/parse-document'
import { locateFrontmatter } from '../../shared/engine/parse/frontmatter-block'
import { readFrontmatter } from '../../shared/engine/parse/frontmatter-read'
import { corpusPaths, readCorpus } from './corpus-files'
import { cost, measure, measureAsync, measureInterleaved, measureInterleavedAsync, printTable, type Row, type Timing } from './measure'
import { syntheticFolder, syntheticVariants } from './synthetic'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const RUNS = 7
const PARSE_ROUNDS = 80 // one pass is ~1 ms: many samples keep the medians steady on a loaded machine
// ENGINE_BENCH_ONLY=parse stops after the parse rows (a quick check while working on the parser).

function sectionText(doc: AgentDocument, index: number | null): string {
  const s = index === null ? undefined : doc.sections[index]
  return s === undefined ? '' : doc.text.slice(s.start, s.end)
}

/** Align the variants and diff every differing cell against its row's reference. */
function alignAndDiff(docs: readonly AgentDocument[]): number {
  const alignment = alignVariants(docs)
  let diffs = 0
  for (const row of alignment.rows) {
    if (row.status.kind !== 'changed' && row.status.kind !== 'partial') continue
    const reference = sectionText(docs[row.reference]!, row.cells[row.reference] ?? null)
    row.cells.forEach((cell, v) => {
      if (v === row.reference || cell === null) return
      diffWords(reference, sectionText(docs[v]!, cell))
      diffs++
    })
  }
  for (const key of alignment.keys) {
    const reference = key.cells[key.reference]?.raw ?? ''
    key.cells.forEach((cell, v) => {
      if (v !== key.reference && cell !== null && cell.raw !== reference) {
        diffWords(reference, cell.raw)
        diffs++
      }
    })
  }
  return diffs
}

const ratio = (x: number, base: number, name: string): string => `${(x / base).toFixed(2)}× ${name}`

async function main(): Promise<void> {
  const rows: Row[] = []
  const paths = corpusPaths(root)
  const corpus = readCorpus(root)
  console.log(`corpus: ${corpus.length} files, ${(corpus.reduce((n, f) => n + f.text.length, 0) / 1024).toFixed(0)} KB; node ${process.version}`)

  // Baselines and parsing, interleaved round by round (machine load hits them alike). A sample
  // parses the corpus 5 times: one pass is ~1-2 ms, near the CPU clock's granularity.
  const grayMatterAll = (): void => {
    for (const f of corpus) {
      try {
        matter(f.text, {}) // options object: bypasses gray-matter's content cache
      } catch {
        // strict YAML rejects most real files; the attempt is the work being measured
      }
    }
  }
  // What the app does: the host hashes the bytes natively as it reads them and checks them for
  // NUL bytes (read-file.ts, file-bytes.ts), and passes both facts on.
  const hashes = corpus.map((f) => createHash('sha256').update(f.text).digest('hex'))
  const nulFree = corpus.map((f) => Buffer.from(f.text, 'utf8').indexOf(0) === -1)
  // Where the time goes: the frontmatter alone (what gray-matter does), without the outline.
  const frontmatterOnly = (): void => {
    for (const f of corpus) {
      const block = locateFrontmatter(f.text, f.text.charCodeAt(0) === 0xfeff ? 1 : 0)
      if (block) readFrontmatter(f.text, block, '\n')
    }
  }
  const [read, gray, parse, parseKnown, frontmatter] = measureInterleaved([
    () => paths.map((p) => readFileSync(p)),
    grayMatterAll,
    () => corpus.map((f) => parseDocument(f.text, f.path)),
    () => corpus.map((f, i) => parseDocument(f.text, f.path, { hash: hashes[i], nulFree: nulFree[i] })),
    frontmatterOnly,
  ], PARSE_ROUNDS, 5) as [Timing, Timing, Timing, Timing, Timing]
  rows.push({ workload: `baseline: read ${paths.length} files (readFileSync)`, timing: read })
  rows.push({ workload: 'baseline: gray-matter on the same texts', timing: gray, ratio: ratio(cost(gray), cost(read), 'read') })
  rows.push({ workload: 'parse + outline every corpus file (no host facts: hash computed)', timing: parse, ratio: ratio(cost(parse), cost(gray), 'gray-matter') })
  rows.push({ workload: 'parse + outline every corpus file (host facts given)', timing: parseKnown, ratio: ratio(cost(parseKnown), cost(gray), 'gray-matter'), target: '≤ 1× gray-matter', pass: cost(parseKnown) <= cost(gray) })
  rows.push({ workload: '  of which: the frontmatter alone (no outline)', timing: frontmatter, ratio: ratio(cost(frontmatter), cost(gray), 'gray-matter') })

  if (process.env.ENGINE_BENCH_ONLY === 'parse') {
    console.log('')
    printTable(rows)
    return
  }

  // Grouping at scale, in memory.
  const synthetic = syntheticFolder(corpus, 10_000)
  const inputs = synthetic.map((f) => groupInputFromDocument(parseDocument(f.text, `/synthetic/${f.relPath}`)))
  let grouping = groupDocuments(inputs)
  const group10k = measure(() => (grouping = groupDocuments(inputs)), RUNS)
  rows.push({ workload: 'group 10,000 synthetic documents', timing: group10k, target: '< 2000 ms', pass: cost(group10k) < 2000 })
  console.log(`10,000 documents: ${grouping.groups.length} groups (largest ${grouping.groups[0]?.members.length ?? 0}), ${grouping.singles.length} singles, ${grouping.suggestions.length} suggestions`)

  // The same folder from disk, through the host's scanner and reader, and the parser.
  rows.push(...(await fromDisk(synthetic)))

  // Align + diff: the corpus groups.
  const corpusDocs = corpus.map((f) => parseDocument(f.text, f.path))
  const corpusGrouping = groupDocuments(corpusDocs.map(groupInputFromDocument))
  const largest = corpusGrouping.groups[0]!
  const nine = corpusGrouping.groups.find((g) => g.members.length === 9) ?? largest
  for (const group of largest === nine ? [largest] : [largest, nine]) {
    const docs = group.members.map((m) => corpusDocs[m.index]!)
    const diffs = alignAndDiff(docs)
    const t = measure(() => alignAndDiff(docs), RUNS)
    rows.push({ workload: `align + diff ${group.key} (${docs.length} variants, ${diffs} diffs)`, timing: t, target: '< 50 ms', pass: cost(t) < 50 })
  }

  const longDocs = syntheticVariants(20, 75).map((text, i) => parseDocument(text, `/synthetic/long-${i}.md`))
  const longDiffs = alignAndDiff(longDocs)
  const long = measure(() => alignAndDiff(longDocs), RUNS)
  rows.push({ workload: `align + diff 20 variants × 75 sections (${longDiffs} diffs)`, timing: long, target: '< 500 ms', pass: cost(long) < 500 })

  console.log('')
  printTable(rows)
}

/** The 10,000 synthetic files written to a temp folder: reading their bytes (the baseline), then
 *  the whole pipeline through the host's scanner and reader, the parser and the grouper. */
async function fromDisk(synthetic: readonly { relPath: string; text: string }[]): Promise<Row[]> {
  const folder = mkdtempSync(join(tmpdir(), 'agent-merge-bench-'))
  try {
    const paths = synthetic.map((f) => join(folder, f.relPath))
    synthetic.forEach((f, i) => {
      mkdirSync(dirname(paths[i]!), { recursive: true })
      writeFileSync(paths[i]!, f.text)
    })
    const read = measure(() => paths.map((p) => readFileSync(p)), 3)
    let found = 0
    const t = await measureAsync(async () => {
      const scan = await scanFolder(folder)
      const texts = await Promise.all(scan.files.map((entry) => readAgentFile(entry.path)))
      const docs = texts.map((file) => parseDocument(file.text, file.path, file))
      found = groupDocuments(docs.map(groupInputFromDocument)).groups.length
    }, 3)
    // What the app does: the host service scans (openPaths), the renderer reads in readFiles
    // batches. Without the scan cache every file is read twice; runs alternate so both see the same noise.
    let hostFiles = 0
    const [uncached, cached] = await measureInterleavedAsync([
      async () => void (await readThroughHost(folder, createScanTextCache({ maxBytes: 0 }))),
      async () => void (hostFiles = (await readThroughHost(folder, createScanTextCache())).length),
    ], 7) as [Timing, Timing]
    const hostAll = await measureAsync(async () => {
      const docs = (await readThroughHost(folder, createScanTextCache())).map((file) => parseDocument(file.text, file.path, file))
      groupDocuments(docs.map(groupInputFromDocument))
    }, 3)
    return [
      { workload: 'baseline: read the 10,000 files (readFileSync)', timing: read },
      { workload: `scan + read + parse + group them (${found} groups)`, timing: t, ratio: ratio(cost(t), cost(read), 'read') },
      { workload: `host: openPaths + readFiles of ${hostFiles} files, no scan cache`, timing: uncached, ratio: ratio(cost(uncached), cost(read), 'read') },
      { workload: 'host: openPaths + readFiles, scan cache', timing: cached, ratio: ratio(cost(cached), cost(uncached), 'no cache') },
      { workload: 'host: openPaths + readFiles + parse + group', timing: hostAll, ratio: ratio(cost(hostAll), cost(read), 'read') },
    ]
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** A fresh host service (no watcher) opens the folder and reads its listing in batches of 200. */
async function readThroughHost(folder: string, scanTextCache: ScanTextCache): Promise<AgentFileText[]> {
  const configDir = mkdtempSync(join(tmpdir(), 'agent-merge-bench-config-'))
  const service = createHostService({ configDir, initialPaths: [], watch: false, warn: () => undefined, scanTextCache })
  try {
    const listing = await service.openPaths([folder])
    const texts: AgentFileText[] = []
    for (let i = 0; i < listing.files.length; i += 200) {
      const batch = await service.readFiles(listing.files.slice(i, i + 200).map((f) => f.path))
      for (const result of batch) if (result.ok) texts.push(result.file)
    }
    return texts
  } finally {
    await service.dispose()
    rmSync(configDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`engine bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
