/**
 * The same quotation worded differently by different reports. The quoted
 * words are the extraction's `quoted` spans (the speaker's exact words between
 * the marks), never quotation marks parsed back out of claim text. Only claims
 * of one cluster are compared (clustering says they tell the same thing), and
 * each distinct wording is diffed once, so cost is linear in claims. Two
 * quotations are one quotation only when they share most of their words and
 * no two different people said them. Unquoted members join the side whose
 * wording they repeat.
 */
import type { Claim, Discrepancy, DiscrepancySide } from '../model'
import { addTo, groupBy } from '../groupBy'
import type { DetectorContext } from './context'
import { discrepancy } from './sides'
import { diffWords, words } from './wording'

function quotedWords(claim: Claim, text: string | undefined): string | null {
  if (!text || !claim.quoted || claim.quoted.length === 0) return null
  const joined = claim.quoted.map((q) => text.slice(q.start, q.end)).join(' ')
  return words(joined).length >= 3 ? joined : null
}

/** Share of the shorter quotation's words the longer one must have for the two to be one quotation. */
const SAME_QUOTATION = 0.6

export function quoteWordingDisagreements(ctx: DetectorContext): Discrepancy[] {
  const wordsOf = new Map<string, string[]>()
  const cachedWords = (text: string): string[] => {
    let w = wordsOf.get(text)
    if (!w) wordsOf.set(text, (w = words(text)))
    return w
  }
  const personOf = new Map<string, string>()
  for (const p of ctx.people.people) for (const id of p.saidClaimIds) personOf.set(id, p.id)
  const out: Discrepancy[] = []
  for (const members of groupBy(ctx.claims, (c) => c.clusterId).values()) {
    if (members.length < 2 || new Set(members.map((c) => c.reportId)).size < 2) continue
    const quoted = members.flatMap((c) => {
      const q = quotedWords(c, ctx.reportById.get(c.reportId)?.text)
      return q ? [{ c, words: cachedWords(q) }] : []
    })
    if (quoted.length < 2) continue
    const ref = quoted[0]!
    let refPhrase: string | null = null
    const variants = new Map<string, Claim[]>()
    const placed = new Set<Claim>([ref.c])
    // Wire copy repeats one wording many times: diff each distinct wording once.
    const diffs = new Map<string, string | null>()
    const speaker = personOf.get(ref.c.id)
    for (const q of quoted.slice(1)) {
      if (q.c.reportId === ref.c.reportId) continue
      const other = personOf.get(q.c.id)
      if (speaker && other && speaker !== other) continue
      const key = q.words.join(' ')
      if (!diffs.has(key)) {
        const diff = diffWords(ref.words, q.words)
        const hunks = diff.common >= SAME_QUOTATION * diff.shorter ? diff.hunks.filter((h) => h.a !== h.b) : []
        if (hunks.length > 0) refPhrase ??= hunks.map((h) => h.a).join(' … ')
        diffs.set(key, hunks.length > 0 ? hunks.map((h) => h.b).join(' … ') : null)
      }
      const phrase = diffs.get(key)
      if (!phrase) continue
      addTo(variants, phrase, q.c)
      placed.add(q.c)
    }
    if (refPhrase === null || variants.size === 0) continue
    // Quotations worded as the reference (or cut shorter) side with it.
    const same = (q: { c: Claim; words: string[] }): boolean => diffs.get(q.words.join(' ')) === null && q.c.reportId !== ref.c.reportId
    const refSide = [
      ref.c,
      ...quoted
        .slice(1)
        .filter((q) => !placed.has(q.c) && same(q))
        .map((q) => q.c)
    ]
    for (const c of refSide) placed.add(c)
    const all = new Map<string, Claim[]>([[refPhrase, refSide], ...variants])
    // Unquoted paraphrases that repeat one side's wording verbatim belong to that side.
    for (const c of members) {
      if (placed.has(c)) continue
      const flat = cachedWords(c.text).join(' ')
      const hits = [...all.keys()].filter((p) => p.split(' … ').every((part) => flat.includes(part)))
      if (hits.length === 1) all.get(hits[0]!)!.push(c)
    }
    const sides: DiscrepancySide[] = [...all.entries()].map(([phrase, claims]) => ({
      text: phrase,
      value: phrase,
      claimIds: claims.map((c) => c.id),
      reportIds: [...new Set(claims.map((c) => c.reportId))]
    }))
    out.push(discrepancy('quote-wording', ref.c.speaker ?? 'quotation', sides, ctx.order))
  }
  return out
}
