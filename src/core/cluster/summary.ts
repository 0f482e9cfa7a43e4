/**
 * Clusters as the desk, the CLI and the brief show them: each member with its
 * confidence, confirmed or suggested, and why it matches — the words, WordNet
 * synonyms, figures, dates and names it shares with the cluster's most central
 * member, from the same features and weights clustering used.
 *
 * A member's confidence is its mean similarity to the other members (verbatim
 * copies counted), the measure `LINKAGE.confident` is the bar for. Members are
 * compared as distinct wordings, and only against the cluster's commonest
 * wordings, so a wire story reprinted 500 times costs one comparison per
 * wording: linear per cluster.
 */
import { synsetsOf } from '../lexicon/wordnet'
import type { Claim, ClusterMember, ClusterSummary, MatchEvidence } from '../model'
import { groupBy } from '../groupBy'
import { claimFeatures, contentWords, kindOf, type ClaimFeatures } from './features'
import { idfWeights, norm, sharedFeatures, similarity, type Compared, type Weights } from './similarity'
import { LINKAGE } from './thresholds'

/** Distinct wordings every member is compared with: the commonest of its cluster. */
const REFERENCES = 16

interface Wording extends Compared {
  claims: Claim[]
}

function wordingsOf(members: readonly Claim[], features: (c: Claim) => ClaimFeatures): Wording[] {
  return [...groupBy(members, (c) => `${c.speaker ?? ''}\u0000${c.text}`).values()].map((claims) => ({ claims, features: features(claims[0]!), normAll: 0, normCore: 0 }))
}

/** Each wording's mean similarity to the other members, against the commonest wordings. */
function confidences(wordings: readonly Wording[], idf: Weights): number[] {
  const refs = [...wordings.keys()].sort((a, b) => wordings[b]!.claims.length - wordings[a]!.claims.length || a - b).slice(0, REFERENCES)
  const refClaims = refs.reduce((n, r) => n + wordings[r]!.claims.length, 0)
  return wordings.map((w, i) => {
    let sum = 0
    let n = 0
    for (const r of refs) {
      const count = wordings[r]!.claims.length - (r === i ? 1 : 0)
      if (count === 0) continue
      sum += count * (r === i ? 1 : Math.min(1, similarity(w, wordings[r]!, idf)))
      n += count
    }
    // A wording outside the references still counts its own verbatim copies.
    if (!refs.includes(i) && w.claims.length > 1) {
      sum += w.claims.length - 1
      n += w.claims.length - 1
    }
    return n === 0 || refClaims === 0 ? 1 : sum / n
  })
}

/** A claim's words by lemma feature, as the claim writes them ("de-escalation", not "deescalation"). */
function surfaces(claim: Claim): Map<string, string> {
  const written = new Map<string, string>()
  for (const m of claim.text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const w = m[0].toLowerCase()
    written.set(w.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’-]/g, ''), w.replace(/['’]s$/, ''))
  }
  const out = new Map<string, string>()
  for (const w of contentWords(claim.text)) {
    if (!out.has(`word:${w.lemma}`)) out.set(`word:${w.lemma}`, written.get(w.surface.replace(/-/g, '')) ?? w.surface)
  }
  return out
}

function entityNames(claim: Claim, f: ClaimFeatures): Map<string, string> {
  const out = new Map<string, string>()
  for (const e of claim.entities ?? []) {
    if (e.type === 'number' || e.type === 'date') continue
    const one = claimFeatures({ ...claim, text: '', quoted: [], entities: [e] })
    for (const feature of one.all) if (f.all.has(feature) && !out.has(feature)) out.set(feature, e.value)
  }
  return out
}

function evidence(central: { claim: Claim; f: ClaimFeatures }, member: { claim: Claim; f: ClaimFeatures }, idf: Weights): MatchEvidence {
  const why: MatchEvidence = { terms: [], synonyms: [], figures: [], dates: [], entities: [] }
  const words = surfaces(central.claim)
  const names = entityNames(central.claim, central.f)
  const writtenFigure = new Map([...central.f.figures].map(([text, value]) => [value, text]))
  const shared = sharedFeatures(central.f.all, member.f.all, idf)
  for (const feature of shared) {
    const value = feature.slice(feature.indexOf(':') + 1)
    const kind = kindOf(feature)
    if (kind === 'number') why.figures.push(writtenFigure.get(value) ?? value)
    else if (kind === 'date') why.dates.push(value)
    else if (kind === 'entity') why.entities.push(names.get(feature) ?? value.slice(2))
  }
  // Words that only spell out a shared name ("jens", "stoltenberg") or a part of a shared word ("general" of "secretary-general") are said once.
  const nameWords = new Set(
    why.entities.flatMap((n) =>
      n
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .split(/[\s-]+/)
    )
  )
  const terms = shared.filter((f) => kindOf(f) === 'word').map((f) => words.get(f) ?? f.slice(5))
  const parts = new Set(terms.filter((t) => t.includes('-')).flatMap((t) => t.split('-')))
  // Number words already shown as a figure ("three days"), and fragments of one ("th" of "15th"), are not terms.
  const figureWords = new Set(why.figures.flatMap((f) => f.toLowerCase().split(/[\s-]+/)))
  why.terms = terms.filter((t) => t.length > 2 && !parts.has(t) && !figureWords.has(t) && !nameWords.has(t.normalize('NFKD').replace(/\p{M}/gu, '')))
  const theirs = surfaces(member.claim)
  for (const [feature, ids] of central.f.senses) {
    if (member.f.all.has(feature)) continue
    const match = [...member.f.senses].find(([other, otherIds]) => !central.f.all.has(other) && otherIds.some((id) => ids.includes(id)))
    if (match) why.synonyms.push([words.get(feature) ?? feature.slice(5), theirs.get(match[0]) ?? match[0].slice(5)])
  }
  return why
}

const NONE: MatchEvidence = { terms: [], synonyms: [], figures: [], dates: [], entities: [] }

function summarise(id: string, members: Claim[], features: (c: Claim) => ClaimFeatures, idf: Weights): ClusterSummary {
  const reportIds = [...new Set(members.map((c) => c.reportId))]
  const wordings = wordingsOf(members, features)
  for (const w of wordings) {
    w.normAll = norm(w.features.all, idf)
    w.normCore = norm(w.features.core, idf)
  }
  const confidence = members.length > 1 ? confidences(wordings, idf) : [1]
  const central = confidence.reduce((best, c, i) => (c > confidence[best]! ? i : best), 0)
  const centre = { claim: wordings[central]!.claims[0]!, f: wordings[central]!.features }
  const out: (ClusterMember & { order: number })[] = []
  let order = 0
  wordings.forEach((w, i) => {
    const why = i === central ? NONE : evidence(centre, { claim: w.claims[0]!, f: w.features }, idf)
    for (const c of w.claims) {
      const sure = i === central || c.clusterDecision === 'confirmed' || confidence[i]! >= LINKAGE.confident
      // The central member and its copies are the reference itself.
      const value = i === central ? 1 : confidence[i]!
      out.push({ claimId: c.id, confidence: Math.round(value * 1000) / 1000, status: sure ? 'confirmed' : 'suggested', why, order: order++ })
    }
  })
  const byConfidence = (a: { confidence: number; order: number }, b: { confidence: number; order: number }): number => b.confidence - a.confidence || a.order - b.order
  const strip = ({ order: _order, ...m }: ClusterMember & { order: number }): ClusterMember => m
  const confirmed = out.filter((m) => m.status === 'confirmed').sort(byConfidence)
  const suggested = out.filter((m) => m.status === 'suggested').sort(byConfidence)
  const confirmedIds = new Set(confirmed.map((m) => m.claimId))
  const quotes = members.filter((c) => c.kind === 'quote' && confirmedIds.has(c.id))
  const quotedLength = (c: Claim): number => (c.quoted ?? []).reduce((n, q) => n + q.end - q.start, 0)
  const confidenceOf = new Map(out.map((m) => [m.claimId, m.confidence]))
  // A quotation the other tellings agree with most, the most complete one on ties; else the central wording.
  const rank = (c: Claim): number => Math.round((confidenceOf.get(c.id) ?? 0) * 20) * 10_000 + quotedLength(c)
  const canonical = quotes.length > 0 ? quotes.reduce((a, b) => (rank(b) > rank(a) ? b : a)) : centre.claim
  return {
    id,
    claimIds: members.map((c) => c.id),
    reportIds,
    canonical: canonical.text.replace(/\s+/g, ' ').trim(),
    centralClaimId: centre.claim.id,
    corroboration: new Set(members.filter((c) => confirmedIds.has(c.id)).map((c) => c.reportId)).size,
    members: confirmed.map(strip),
    suggested: suggested.map(strip)
  }
}

export function summariseClusters(claims: readonly Claim[]): ClusterSummary[] {
  const byCluster = groupBy(claims, (c) => c.clusterId)
  // Weights over every distinct wording, as clustering weighs them, so confidences are on its scale.
  const distinct = new Map<string, Claim>()
  for (const c of claims) if (!distinct.has(`${c.speaker ?? ''}\u0000${c.text}`)) distinct.set(`${c.speaker ?? ''}\u0000${c.text}`, c)
  const words = new Set<string>()
  for (const c of distinct.values()) for (const w of contentWords(c.text)) words.add(w.surface)
  const thesaurus = synsetsOf(words)
  const cache = new Map<Claim, ClaimFeatures>()
  const features = (c: Claim): ClaimFeatures => {
    let f = cache.get(c)
    if (!f) cache.set(c, (f = claimFeatures(c, thesaurus)))
    return f
  }
  const idf = idfWeights([...distinct.values()].map((c) => features(c).all))
  return [...byCluster.entries()].map(([id, members]) => summarise(id, members, features, idf))
}
