/**
 * Fits the matching thresholds (src/core/cluster/thresholds.ts) on a corpus
 * with gold: extracts the reports once, then clusters them for every point of
 * a grid and scores each with the shared scorer. Prints one line per point,
 * best first. docs/matching.md explains how the chosen values were read off.
 *
 *   npx tsx scripts/fit-matching.ts ../shared/corpus/dev ../shared/corpus/score.mjs [gold.json]
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { clusterClaims } from '../src/core/cluster'
import { LINKAGE } from '../src/core/cluster/thresholds'
import { extractClaims } from '../src/core/extract'
import { ingestReport } from '../src/core/ingest'

const [corpusDir, scorer, goldArg] = process.argv.slice(2)
if (!corpusDir || !scorer) {
  console.error('usage: fit-matching.ts CORPUS_DIR SCORER [GOLD]')
  process.exit(2)
}
const gold = resolve(goldArg ?? join(corpusDir, 'gold.json'))
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const reports = files.map((f) => ingestReport({ file: f, content: readFileSync(join(corpusDir, f), 'utf8') }, new Date().toISOString()))
const drafts = reports.flatMap(extractClaims)
const dir = mkdtempSync(join(tmpdir(), 'factdesk-fit-'))

interface Row {
  threshold: number
  sameReportThreshold: number
  containment: number
  recall: number
  falseMerges: number
}
const rows: Row[] = []
for (const containment of [0, 0.5]) {
  for (const threshold of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
    for (const sameReportThreshold of [0.5, 0.7]) {
      Object.assign(LINKAGE, { threshold, sameReportThreshold, containment, floor: Math.min(threshold, LINKAGE.floor) })
      const claims = clusterClaims(drafts)
      const out = join(dir, 'extract.json')
      writeFileSync(out, JSON.stringify({ reports, claims }))
      const r = JSON.parse(execFileSync('node', [scorer, gold, out], { encoding: 'utf8' })) as { clusterPairRecall: number; falseMergeRate: number }
      rows.push({ threshold, sameReportThreshold, containment, recall: r.clusterPairRecall, falseMerges: r.falseMergeRate })
    }
  }
}
rmSync(dir, { recursive: true, force: true })
rows.sort((a, b) => b.recall - a.recall || a.falseMerges - b.falseMerges)
for (const r of rows)
  console.log(`containment ${r.containment}  threshold ${r.threshold}  same-report ${r.sameReportThreshold}  →  pair recall ${r.recall}  false merges ${r.falseMerges}`)
