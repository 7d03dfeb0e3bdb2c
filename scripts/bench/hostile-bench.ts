// Worst-case files (issue 10): every shape past a bound (refused), and the shapes inside the
// bounds that stress the reader, padded to the 2 MiB file limit. Per file: the time to read it
// (target: under a second), and for files read what `check` and `merge --take 1` do with it
// (parse, lint, align with a copy, apply); in ms per MB and against the same work per MB on the
// real corpus, measured in the same run.

import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { alignVariants } from '../../shared/engine/align/align-variants'
import { lintDocument } from '../../shared/engine/lint/lint-document'
import { parseDocument } from '../../shared/engine/parse/parse-document'
import { inBoundShapes, overBoundShapes } from '../../shared/engine/parse/testing/hostile-shapes'
import { applyRecipe } from '../../shared/engine/recipe/apply-recipe'
import { defaultRecipe } from '../../shared/engine/recipe/default-recipe'
import { takeAllFrom } from '../../shared/engine/recipe/recipe-edits'
import { readCorpus } from './corpus-files'
import { cost, measure, printTable, type Row, type Timing } from './measure'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const MB = 1024 * 1024

/** What check and merge --take 1 do with the texts: parse, lint, align two copies, apply. */
function checkAndMerge(texts: readonly string[]): void {
  for (const text of texts) {
    const doc = parseDocument(text, 'hostile.md')
    lintDocument(doc)
    const docs = [doc, parseDocument(text, 'copy/hostile.md')]
    const alignment = alignVariants(docs)
    applyRecipe(takeAllFrom(defaultRecipe(docs, alignment), alignment, 0), docs, alignment)
  }
}

const corpus = readCorpus(root).map((f) => f.text)
const corpusMb = corpus.reduce((n, t) => n + t.length, 0) / MB
const [baselineRead, baselineAll] = [measure(() => corpus.map((t) => parseDocument(t, 'corpus.md')), 7), measure(() => checkAndMerge(corpus), 7)]
const perMb = (t: Timing, mb: number): Timing => scaled(t, 1 / mb)
const ratio = (t: Timing, baseline: Timing, mb: number): string => `${(cost(t) / mb / (cost(baseline) / corpusMb)).toFixed(2)}× corpus`
const rows: Row[] = [
  { workload: `baseline: read the corpus (${corpus.length} files, ${corpusMb.toFixed(2)} MB), per MB`, timing: perMb(baselineRead, corpusMb) },
  { workload: 'baseline: check + merge --take 1 the corpus, per MB', timing: perMb(baselineAll, corpusMb) },
]

for (const shape of [...inBoundShapes(), ...overBoundShapes()]) {
  const mb = shape.text.length / MB
  const read = measure(() => parseDocument(shape.text, 'hostile.md'), 3)
  rows.push({
    workload: `${shape.name} (${mb.toFixed(2)} MB): ${shape.tooComplex ? 'refuse' : 'read'}`,
    timing: read,
    ratio: `${(cost(read) / mb).toFixed(0)} ms/MB, ${ratio(read, baselineRead, mb)}`,
    // The goal: any file up to the 2 MiB limit read in under a second.
    target: '< 1000 ms',
    pass: cost(read) < 1000,
  })
  if (shape.tooComplex) continue
  const all = measure(() => checkAndMerge([shape.text]), 3)
  rows.push({ workload: `  check + merge --take 1 (two copies)`, timing: all, ratio: `${(cost(all) / mb).toFixed(0)} ms/MB, ${ratio(all, baselineAll, mb)}` })
}
printTable(rows)

function scaled(t: Timing, factor: number): Timing {
  return {
    median: t.median * factor, min: t.min * factor, runs: t.runs,
    ...(t.cpuMedian === undefined ? {} : { cpuMedian: t.cpuMedian * factor }),
    ...(t.cpuMin === undefined ? {} : { cpuMin: t.cpuMin * factor }),
  }
}
