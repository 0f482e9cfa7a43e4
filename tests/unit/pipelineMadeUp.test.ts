/**
 * Three short reports on an invented event (tests/fixtures/made-up), written in
 * the seeds' messy style, so the code is tested on text it was not shaped on.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { summariseClusters } from '../../src/core/cluster/summary'
import { findDiscrepancies } from '../../src/core/discrepancy'
import { buildPeopleIndex } from '../../src/core/people'
import { analyseReports } from '../../src/core/pipeline'
import { NOW } from './seedsHelper'

const dir = join(import.meta.dirname, '../fixtures/made-up')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const { reports, claims } = analyseReports(
  files.map((file) => ({ file, content: readFileSync(join(dir, file), 'utf8') })),
  NOW
)
const claim = (words: string) => claims.find((c) => c.text.includes(words))!
const found = findDiscrepancies(claims, reports)
const fileOf = (id: string) => reports.find((r) => r.id === id)!.file.slice(0, 3)
/** Each disagreement of a kind as "side (files) vs side (files)". */
const detail = (kind: string) =>
  found.filter((d) => d.kind === kind).map((d) => d.sides.map((s) => `${s.text} (${s.reportIds.map(fileOf).join(', ') || 'reference'})`).join(' vs '))

describe('made-up harbour storm reports', () => {
  it('find one disagreement of each kind, with the right words', () => {
    expect(detail('number')).toEqual(['1,200 containers (100) vs Around 1,500 containers (101)'])
    expect(detail('quote-wording')).toEqual(['must rebuild (100) vs should rebuild (101)'])
    expect(detail('place')).toEqual(['COPENHAGEN, SWEDEN (101) vs Copenhagen, Denmark (reference)'])
    expect(detail('timing')).toEqual(['ahead of the emergency meeting (100) vs upon arrival at the emergency meeting (101)'])
    // "a former shipping executive" is what she was, not a title at odds with "chief executive".
    expect(detail('title')).toEqual([])
  })

  it('cluster the shared quote and the council vote, and nothing across facts', () => {
    const clusters = summariseClusters(claims)
    const vote = clusters.find((k) => k.claimIds.includes(claim('emergency fund of 40 million euros').id))!
    expect(vote.corroboration).toBe(2)
    // One fact with two figures is one claim: the disagreement is shown inside its cluster.
    expect(claim('1,200 containers').clusterId).toBe(claim('1,500 containers').clusterId)
    expect(claim('wind speeds').clusterId).not.toBe(vote.id)
  })

  it('know who said what, with role and organisation', () => {
    const people = buildPeopleIndex(claims, reports)
    const marta = people.find((p) => p.name === 'Marta Lindqvist')!
    expect(marta.roles.join(' | ')).toMatch(/chief executive/)
    expect(marta.variants).toContain('Lindqvist')
    expect(marta.reportIds).toHaveLength(2)
    expect(marta.saidClaimIds).toContain(claim('We should rebuild').id)
    expect(people.find((p) => p.name === 'Jonas Berg')!.roles).toEqual(['Mayor'])
    expect(claim('We should rebuild').speaker).toBe('Marta Lindqvist')
  })

  it('extract entities against the report date and keep chrome out', () => {
    expect(claim('1,200 containers').entities).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'number', value: '1200 containers' }), expect.objectContaining({ type: 'date', value: '2024-03-11' })])
    )
    expect(claim('300 workers').entities).toContainEqual(expect.objectContaining({ type: 'date', value: '2024-03-08' }))
    expect(claims.some((c) => /Follow us|More videos|PHOTO|Is the port ready/.test(c.text))).toBe(false)
    expect(claim('1,200 containers').score!).toBeGreaterThan(claim('remains closed').score!)
  })
})
