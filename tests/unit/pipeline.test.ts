import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Claim, emptyStore, Report } from '../../src/core/model'
import { analyseReports, importReports } from '../../src/core/pipeline'

const dir = join(import.meta.dirname, '../../seeds')
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, content: readFileSync(join(dir, file), 'utf8') }))
const NOW = new Date('2022-02-16T12:00:00Z')

describe('pipeline on the seeds', () => {
  const { reports, claims } = analyseReports(inputs, NOW)

  it('produces valid reports and claims whose offsets hold', () => {
    expect(reports).toHaveLength(5)
    for (const r of reports) Report.parse(r)
    for (const c of claims) {
      Claim.parse(c)
      const report = reports.find((r) => r.id === c.reportId)!
      expect(report.text.slice(c.start, c.end)).toBe(c.text)
    }
  })

  it('finds cross-report clusters', () => {
    const reportsPerCluster = new Map<string, Set<string>>()
    for (const c of claims) reportsPerCluster.set(c.clusterId, (reportsPerCluster.get(c.clusterId) ?? new Set()).add(c.reportId))
    const multi = [...reportsPerCluster.values()].filter((s) => s.size >= 2)
    expect(multi.length).toBeGreaterThanOrEqual(5)
    expect(multi.some((s) => s.size >= 3)).toBe(true)
  })

  it('is idempotent: same input, same ids and clusters', () => {
    const again = analyseReports(
      inputs.map((i) => ({ ...i })),
      new Date('2023-01-01T00:00:00Z')
    )
    expect(again.reports.map((r) => r.id)).toEqual(reports.map((r) => r.id))
    expect(again.claims).toEqual(claims)
  })

  it('importing in two steps clusters like importing at once, and re-import is a no-op', () => {
    const first = importReports(emptyStore(), inputs.slice(0, 2), NOW)
    const second = importReports(first.data, inputs.slice(2), NOW)
    expect(second.data.claims).toEqual(claims)
    const again = importReports(second.data, inputs, NOW)
    expect(again.added).toHaveLength(0)
    expect(again.duplicates).toHaveLength(5)
    expect(again.data).toBe(second.data)
  })
})
