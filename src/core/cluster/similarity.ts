/**
 * How much two claims say the same thing: an IDF-weighted cosine over their
 * features, so rare shared words, figures, dates and names count and common
 * ones barely do. The quoted words are compared on their own too, since
 * attribution tails differ between agencies.
 */
import { kindOf, type ClaimFeatures, type FeatureKind } from './features'
import { LINKAGE } from './thresholds'

export type Weights = ReadonlyMap<string, number>

/**
 * What a shared feature of each kind is worth against a shared word. Figures
 * and dates are what a factual claim is about; a unit alone ("people") says
 * little; names say who, not what.
 */
const KIND_WEIGHT: Record<FeatureKind, number> = { word: 1, number: 1.5, unit: 0.5, date: 1.5, entity: 0.8 }

export function idfWeights(docs: Iterable<ReadonlySet<string>>): Map<string, number> {
  const df = new Map<string, number>()
  let n = 0
  for (const d of docs) {
    n++
    for (const t of d) df.set(t, (df.get(t) ?? 0) + 1)
  }
  const idf = new Map<string, number>()
  for (const [t, f] of df) idf.set(t, Math.log(1 + n / f) * KIND_WEIGHT[kindOf(t)])
  return idf
}

export function norm(set: ReadonlySet<string>, idf: Weights): number {
  let s = 0
  for (const t of set) s += (idf.get(t) ?? 0) ** 2
  return Math.sqrt(s)
}

export function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: Weights, na: number, nb: number): number {
  return overlapScore(a, b, idf, na, nb, 0, null)
}

/** A word one claim has and the other says with a synonym ("half-mast", "half-staff") counts this much of a shared word. */
export const SYNONYM = 0.5

interface Senses {
  a: ClaimFeatures
  b: ClaimFeatures
}

/**
 * Cosine blended with the weighted overlap coefficient (shared weight over the
 * smaller claim's weight): a short claim told inside a longer sentence still
 * matches it, which cosine alone penalises for the longer sentence's other
 * words. Words without a match that share a WordNet sense with the other
 * claim's words count as part of a match.
 */
function overlapScore(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: Weights, na: number, nb: number, containment: number, senses: Senses | null): number {
  if (na === 0 || nb === 0) return 0
  let dot = 0
  for (const t of a) {
    const w = idf.get(t) ?? 0
    if (b.has(t)) dot += w * w
    else if (senses && (senses.a.senses.get(t) ?? []).some((id) => senses.b.synsets.has(id))) dot += SYNONYM * w * w
  }
  const cos = dot / (na * nb)
  return containment === 0 ? cos : (1 - containment) * cos + containment * (dot / Math.min(na, nb) ** 2)
}

/** Two named people reported as saying much the same: possibly one claim, on weaker evidence. */
export const OTHER_SPEAKER = 0.5

export interface Compared {
  features: ClaimFeatures
  normAll: number
  normCore: number
}

export function similarity(x: Compared, y: Compared, idf: Weights, containment = LINKAGE.containment): number {
  const senses = { a: x.features, b: y.features }
  let score = overlapScore(x.features.all, y.features.all, idf, x.normAll, y.normAll, containment, senses)
  if (x.features.quoted && y.features.quoted) score = Math.max(score, overlapScore(x.features.core, y.features.core, idf, x.normCore, y.normCore, containment, senses))
  if (x.features.speaker && y.features.speaker && x.features.speaker !== y.features.speaker) {
    // A quotation belongs to its speaker: two people's words are never one claim.
    if (x.features.quoted && y.features.quoted) return 0
    score *= OTHER_SPEAKER
  }
  return score
}

/** The features two claims share, strongest first: the evidence an editor sees for "why these match". */
export function sharedFeatures(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: Weights): string[] {
  const out: string[] = []
  for (const t of a) if (b.has(t)) out.push(t)
  return out.sort((p, q) => (idf.get(q) ?? 0) - (idf.get(p) ?? 0))
}
