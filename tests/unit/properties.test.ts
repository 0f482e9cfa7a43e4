/**
 * Property-based tests: whatever text arrives, ingest and extraction never
 * throw unexpectedly, claim offsets stay inside the body and match its text,
 * and clusters stay consistent.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clusterClaims } from '../../src/core/cluster'
import { extractClaims } from '../../src/core/extract'
import { ingestReport } from '../../src/core/ingest'
import { analyseReports } from '../../src/core/pipeline'
import { countWords } from '../../src/core/text/words'

const NOW = '2026-11-23T12:00:00.000Z'

/** Text that looks like news more often than uniform noise would: words, names, numbers, quotes, odd punctuation. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'NATO',
        'Stoltenberg',
        'said',
        'Russia',
        'troops',
        '100,000',
        'more than',
        '“',
        '”',
        '"',
        '.',
        '. ',
        '\n',
        '\n\n',
        '(15 Feb 2022) ',
        ' date 2022-02-15 ',
        '* With AFP',
        'Twitter: [ Ссылка ]',
        'he told reporters',
        ',',
        '?',
        'BRUSSELS, FRANCE\n',
        'Photo: EFE'
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 })
    ),
    { maxLength: 60 }
  )
  .map((parts) => parts.join(' '))

const anyText = fc.oneof(newsish, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }))

describe('ingest and extract, on any text', () => {
  it('never throw, and every claim is a slice of its report body', () => {
    fc.assert(
      fc.property(anyText, (content) => {
        const report = ingestReport({ file: 'any.txt', content }, NOW)
        expect(report.original).toBe(content)
        const claims = extractClaims(report)
        const ids = new Set<string>()
        for (const claim of claims) {
          expect(claim.reportId).toBe(report.id)
          expect(claim.start).toBeGreaterThanOrEqual(0)
          expect(claim.end).toBeGreaterThan(claim.start)
          expect(claim.end).toBeLessThanOrEqual(report.text.length)
          expect(report.text.slice(claim.start, claim.end)).toBe(claim.text)
          expect(ids.has(claim.id)).toBe(false)
          ids.add(claim.id)
        }
      }),
      { numRuns: 1500 }
    )
  })
})

describe('clustering, on any set of reports', () => {
  it('gives every claim a cluster that exists, deterministically', () => {
    fc.assert(
      fc.property(fc.array(newsish, { minLength: 1, maxLength: 5 }), (contents) => {
        const inputs = contents.map((content, i) => ({ file: `r${i}.txt`, content }))
        const { claims } = analyseReports(inputs, new Date(NOW))
        const again = clusterClaims(claims.map(({ clusterId: _c, ...draft }) => draft))
        expect(again.map((c) => c.clusterId)).toEqual(claims.map((c) => c.clusterId))
        const byCluster = new Map<string, string[]>()
        for (const c of claims) byCluster.set(c.clusterId, [...(byCluster.get(c.clusterId) ?? []), c.id])
        for (const [, members] of byCluster) expect(members.length).toBeGreaterThan(0)
        expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length)
      }),
      { numRuns: 1000 }
    )
  })
})

describe('word counting, on any text', () => {
  it('counts what /[\\p{L}\\p{N}]+/gu matches, in any slice, up to the limit', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 8 }), (text, a, b, limit) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number]
        const expected = (text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length
        expect(countWords(text, start, end)).toBe(expected)
        expect(countWords(text, start, end, limit)).toBe(Math.min(expected, limit))
      }),
      { numRuns: 1000 }
    )
  })
})
