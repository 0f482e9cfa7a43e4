/**
 * Scores extraction against tests/fixtures/seeds-gold.json: recall of key
 * claims, speaker accuracy, cluster pairs found, false merges, boilerplate.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../src/core/model'
import { seeds } from './seedsHelper'

interface Gold {
  claims: { key: string; speaker: string | null; in: Record<string, string> }[]
  boilerplate: string[]
}
const gold = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/seeds-gold.json'), 'utf8')) as Gold
const reportOf = (prefix: string) => seeds.reports.find((r) => r.file.startsWith(prefix))!.id

function locate(prefix: string, snippet: string): Claim | undefined {
  return seeds.claims.find((c) => c.reportId === reportOf(prefix) && c.text.includes(snippet))
}

export function scoreAgainstGold() {
  let occurrences = 0
  let found = 0
  let speakersRight = 0
  let speakersAsked = 0
  let pairs = 0
  let pairsFound = 0
  const keyOf = new Map<string, string>()
  for (const k of gold.claims) {
    const hits: Claim[] = []
    for (const [prefix, snippet] of Object.entries(k.in)) {
      occurrences++
      const c = locate(prefix, snippet)
      if (!c) continue
      found++
      hits.push(c)
      keyOf.set(c.id, k.key)
      if (k.speaker !== null) {
        speakersAsked++
        if (c.speaker === k.speaker) speakersRight++
      }
    }
    for (let i = 0; i < hits.length; i++)
      for (let j = i + 1; j < hits.length; j++) {
        pairs++
        if (hits[i]!.clusterId === hits[j]!.clusterId) pairsFound++
      }
  }
  // A false merge: two gold claims of different keys in one cluster.
  let clusteredPairs = 0
  let falseMerges = 0
  const byCluster = new Map<string, Claim[]>()
  for (const c of seeds.claims) byCluster.set(c.clusterId, [...(byCluster.get(c.clusterId) ?? []), c])
  for (const members of byCluster.values()) {
    const keyed = members.filter((c) => keyOf.has(c.id))
    for (let i = 0; i < keyed.length; i++)
      for (let j = i + 1; j < keyed.length; j++) {
        clusteredPairs++
        if (keyOf.get(keyed[i]!.id) !== keyOf.get(keyed[j]!.id)) falseMerges++
      }
  }
  const boilerplate = seeds.claims.filter((c) => gold.boilerplate.some((b) => c.text.includes(b))).length
  return {
    recall: found / occurrences,
    speakerAccuracy: speakersRight / speakersAsked,
    clusterPairs: pairsFound / pairs,
    falseMergeRate: clusteredPairs === 0 ? 0 : falseMerges / clusteredPairs,
    boilerplate
  }
}

describe('extraction against the seeds gold', () => {
  const s = scoreAgainstGold()
  it('meets the issue’s bar', () => {
    console.log('seeds gold:', JSON.stringify(s))
    expect(s.recall).toBeGreaterThanOrEqual(0.95)
    expect(s.speakerAccuracy).toBeGreaterThanOrEqual(0.9)
    expect(s.clusterPairs).toBeGreaterThanOrEqual(0.85)
    expect(s.falseMergeRate).toBeLessThanOrEqual(0.01)
    expect(s.boilerplate).toBe(0)
  })
})
