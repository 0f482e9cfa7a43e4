/**
 * The benchmark at toy sizes (`--smoke`), so it cannot rot unnoticed between
 * the runs people read: every key of the JSON line is there and holds a real
 * measurement. Its timings are not checked; docs/performance.md has the numbers.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pgMissing } from '../team/pgCluster'

const ROOT = resolve(import.meta.dirname, '../..')

/** The benchmark's JSON line, as far as this test reads it. */
interface BenchLine {
  smoke: boolean
  ingest: { reports: number; seconds: number }[]
  growth: number
  verdictSave: { claims: number; medianMs: number; floorMs: number }
  bulkVerdict: { claims: number; ms: number }
  worstCaseSecondsPerMB: number
  worstCase: { shape: string; stage: string }
  shapes: { shape: string; seconds: number }[]
  zipBombRefusedSeconds: number
  teamVerdict: Record<string, number> | null
  budgets: Record<string, { ok: unknown; actual: unknown }>
  [measure: string]: unknown
}

describe('npm run bench -- --json --smoke', () => {
  it('prints one JSON line last with every measure and budget', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/run.ts', '--json', '--smoke'], { cwd: ROOT, encoding: 'utf8' })
    expect(run.stderr).not.toMatch(/Error/)
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as BenchLine

    expect(result.smoke).toBe(true)
    expect(result.ingest.map((r) => r.reports)).toEqual([10, 20])
    for (const r of result.ingest) expect(r.seconds).toBeGreaterThan(0)
    expect(result.growth).toBeGreaterThan(0)
    expect(result.verdictSave.claims).toBe(300)
    expect(result.verdictSave.medianMs).toBeGreaterThan(0)
    expect(result.verdictSave.floorMs).toBeGreaterThan(0)
    for (const key of ['filterMs', 'searchMs', 'firstPaintMs', 'briefMs', 'briefAnalysisMs']) {
      expect(Number.isFinite(result[key]), key).toBe(true)
      expect(result[key], key).toBeGreaterThan(0)
    }
    expect(result.bulkVerdict.claims).toBe(300)
    expect(result.bulkVerdict.ms).toBeGreaterThan(0)
    expect(result.worstCaseSecondsPerMB).toBeGreaterThan(0)
    expect(typeof result.worstCase.shape).toBe('string')
    expect(typeof result.worstCase.stage).toBe('string')
    expect(result.shapes.map((s) => s.shape)).toEqual(expect.arrayContaining(['unbalancedQuotes', 'htmlUnclosedTags', 'docxUnclosedParagraph', 'plain']))
    for (const s of result.shapes) expect(s.seconds, s.shape).toBeGreaterThan(0)
    expect(result.zipBombRefusedSeconds).toBeGreaterThan(0)
    expect(Object.keys(result.budgets).sort()).toEqual([
      'briefMs',
      'bulkVerdict',
      'filterMs',
      'firstPaintMs',
      'growth',
      'ingest1000Seconds',
      'teamSeenByOtherP99Ms',
      'teamVerdictP99Ms',
      'verdictSave',
      'worstCaseSecondsPerMB'
    ])
    // The team desk is measured wherever PostgreSQL is installed (always in CI: .ci/run installs it).
    const team = pgMissing() === null
    if (team) {
      expect(result.teamVerdict).toMatchObject({ editors: 4, verdicts: 8 })
      for (const key of ['medianMs', 'p99Ms', 'seenByOtherMedianMs', 'seenByOtherP99Ms']) expect(result.teamVerdict![key], key).toBeGreaterThan(0)
    }
    for (const [name, b] of Object.entries(result.budgets)) {
      expect(typeof b.ok).toBe('boolean')
      expect(typeof b.actual).toBe(!team && name.startsWith('team') ? 'object' : 'number')
    }
  }, 120_000)
})
