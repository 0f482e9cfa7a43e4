/** The five seeds analysed once, and helpers to find claims by file prefix and words. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Claim } from '../../src/core/model'
import { analyseReports, type ReportInput } from '../../src/core/pipeline'

const dir = join(import.meta.dirname, '../../seeds')
export const seedInputs: ReportInput[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, content: readFileSync(join(dir, file), 'utf8') }))
export const NOW = new Date('2022-02-16T12:00:00Z')
export const seeds = analyseReports(seedInputs, NOW)

/** The claim of seed `prefix` ("000") whose text contains `words`. */
export function claimOf(prefix: string, words: string): Claim {
  const report = seeds.reports.find((r) => r.file.startsWith(prefix))!
  const hit = seeds.claims.find((c) => c.reportId === report.id && c.text.includes(words))
  if (!hit) throw new Error(`no claim in ${prefix} with “${words}”`)
  return hit
}

/** Reports from plain strings, as an outlet might file them. */
export function inputs(...texts: string[]): ReportInput[] {
  return texts.map((content, i) => ({ file: `${String(i).padStart(3, '0')}_made_up.txt`, content }))
}
