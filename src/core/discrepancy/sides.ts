/**
 * What every detector shares: statements grouped into sides by the value they
 * stand for, the rule that says when sides are a disagreement between sources
 * (and not one report's sequence of figures), and the discrepancy's shape.
 */
import type { Claim, Discrepancy, DiscrepancyKind, DiscrepancySide } from '../model'

/** One claim stating one value, as written there. */
export interface Statement {
  claim: Claim
  value: string
  text: string
}

/** Sides by value, in first-seen order; each side's text is its commonest written form. */
export function sidesOf(statements: readonly Statement[]): DiscrepancySide[] {
  const byValue = new Map<string, { texts: Map<string, number>; claims: Set<string>; reports: Set<string> }>()
  for (const s of statements) {
    let side = byValue.get(s.value)
    if (!side) byValue.set(s.value, (side = { texts: new Map(), claims: new Set(), reports: new Set() }))
    side.texts.set(s.text, (side.texts.get(s.text) ?? 0) + 1)
    side.claims.add(s.claim.id)
    side.reports.add(s.claim.reportId)
  }
  return [...byValue.entries()].map(([value, side]) => ({
    text: [...side.texts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0],
    value,
    claimIds: [...side.claims],
    reportIds: [...side.reports]
  }))
}

/** Distinct value sets compared pairwise, at most this many: a wire story reprinted 500 times is a handful of sets. */
const MAX_PAIRS = 64

/**
 * Sides disagree when two values that cannot both hold (`compatible` says
 * which can) are each stated by a report that does not state the other. One
 * report giving two figures (a toll updated within the story) is a sequence,
 * not a disagreement between sources.
 */
export function disagree(sides: readonly DiscrepancySide[], compatible: (a: string, b: string) => boolean = (a, b) => a === b): boolean {
  const list = sides.slice(0, MAX_PAIRS)
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!
      const b = list[j]!
      if (compatible(a.value, b.value)) continue
      const inB = new Set(b.reportIds)
      const inA = new Set(a.reportIds)
      if (a.reportIds.some((r) => !inB.has(r)) && b.reportIds.some((r) => !inA.has(r))) return true
    }
  }
  return false
}

/** A stable id: the kind, the first claim (in the claims' own order) and, when given, the topic. */
export function discrepancy(kind: DiscrepancyKind, topic: string, sides: DiscrepancySide[], order: ReadonlyMap<string, number>, slug = ''): Discrepancy {
  const claimIds = [...new Set(sides.flatMap((s) => s.claimIds))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  const tail = slug
    ? `-${slug
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')}`
    : ''
  return { id: `d-${kind}-${claimIds[0]}${tail}`, kind, topic, sides, claimIds }
}
