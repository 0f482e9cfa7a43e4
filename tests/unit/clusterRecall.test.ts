import { describe, expect, it } from 'vitest'
import { clusterClaims } from '../../src/core/cluster'
import type { ClaimDraft } from '../../src/core/model'
import { claimOf } from './seedsHelper'

describe('cluster recall from phrases', () => {
  it('a short quoted phrase joins the quotation it comes from (001’s “cautious optimism,” he said)', () => {
    expect(claimOf('001', 'with “cautious optimism,” he said').clusterId).toBe(claimOf('000', 'This gives reason for cautious optimism').clusterId)
  })

  it('a reported lead joins the quotation it reports (003’s “not yet seen any signs of de-escalation”)', () => {
    const quote = claimOf('000', 'so far we have not seen any sign of de-escalation')
    expect(claimOf('003', 'had not yet seen any signs of de-escalation').clusterId).toBe(quote.clusterId)
  })

  it('titles and names shared by two leads do not join them', () => {
    expect(claimOf('003', 'had not yet seen any signs').clusterId).not.toBe(claimOf('001', 'says Russia is showing signs').clusterId)
    expect(claimOf('000', 'walk away from the crisis').clusterId).not.toBe(claimOf('001', 'will meet tomorrow').clusterId)
  })

  it('phrases never join different speakers or different quotations', () => {
    const draft = (id: string, reportId: string, text: string, speaker: string | null): ClaimDraft => ({
      id,
      reportId,
      text,
      start: 0,
      end: text.length,
      kind: 'quote',
      speaker
    })
    const out = clusterClaims([
      draft('a-1', 'a', 'The minister said the talks ended in “cautious optimism” about the grain deal.', 'Ann Smith'),
      draft('b-1', 'b', 'The envoy described “cautious optimism” over a ceasefire in the north of the country.', 'Bob Jones'),
      draft('c-1', 'c', '“We are not ready to sign the grain deal this week,” the minister told reporters.', 'Ann Smith'),
      draft('d-1', 'd', '“We will sign the ceasefire deal next week in Geneva,” the envoy said in the north.', 'Ann Smith')
    ])
    expect(new Set(out.map((c) => c.clusterId)).size).toBe(4)
  })
})
