import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyseClaims } from '../../src/core/analysis'
import { buildBrief } from '../../src/core/brief/model'
import { emptyStore } from '../../src/core/model'
import { importReports } from '../../src/core/pipeline'
import { applyReview } from '../../src/core/review/review'
import { readSeedReports } from '../../src/core/store/files'

const seeds = await readSeedReports(resolve(import.meta.dirname, '../../seeds'))
const data = importReports(emptyStore(), seeds, new Date('2022-02-16T00:00:00Z')).data

describe('analyseClaims', () => {
  it('is computed once per claims list: a verdict does not recompute it', () => {
    const first = analyseClaims(data.claims, data.reports)
    const reviewed = applyReview(data, { claimId: data.claims[0]!.id, verdict: 'verified' }, new Date())
    expect(analyseClaims(reviewed.claims, reviewed.reports)).toBe(first)
    expect(analyseClaims([...data.claims], data.reports)).not.toBe(first)
  })

  it('leaves dismissed claims out of clusters, discrepancies, people and the brief', () => {
    const disputed = analyseClaims(data.claims, data.reports).discrepancies.find((d) => d.kind === 'quote-wording')!
    const dismissedId = disputed.claimIds[0]!
    let edited = { ...data, claims: data.claims.map((c) => (c.id === dismissedId ? { ...c, dismissed: true } : c)) }
    const analysis = analyseClaims(edited.claims, edited.reports)
    expect(analysis.clusters.flatMap((c) => c.claimIds)).not.toContain(dismissedId)
    expect(analysis.discrepancies.flatMap((d) => d.claimIds)).not.toContain(dismissedId)
    expect(analysis.people.flatMap((p) => [...p.saidClaimIds, ...p.namedInClaimIds])).not.toContain(dismissedId)

    edited = applyReview(edited, { claimId: dismissedId, verdict: 'disputed', note: 'should not show' }, new Date())
    const brief = buildBrief(edited, { scope: 'all' }, new Date())
    expect(brief.sections.flatMap((s) => s.items.flatMap((i) => i.claimIds))).not.toContain(dismissedId)
  })
})
