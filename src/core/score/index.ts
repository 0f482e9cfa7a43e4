import type { ClaimKind, Entity } from '../model'

/**
 * Check-worthiness in 0..1 with the reasons behind it. Additive and readable on
 * purpose: an editor can see why a claim ranks where it does. What makes a
 * sentence checkable, on any story: a figure, a named party, someone on
 * record, a date, a verb that asserts something. Questions, headlines and
 * sentences that name nothing and state no figure are held low; hedged claims
 * ("could", "likely") rank a little below firm ones.
 */

export interface ScoreInput {
  text: string
  kind: ClaimKind
  speaker: string | null
  entities: readonly Entity[]
  /** True when the claim is a whole line with no closing punctuation: a sub-headline. */
  headline: boolean
  /** Someone is reported as saying it, named or not. */
  reporting: boolean
  /** It has a finite verb of its own (outside quotation marks): it asserts something. */
  asserts: boolean
}

const HEDGES = /\b(?:could|may|might|likely|unlikely|possibly|perhaps|reportedly|allegedly|apparently|appears? to|seems? to|expected to)\b/i

export function scoreClaim(c: ScoreInput): { score: number; reasons: string[] } {
  const reasons: string[] = []
  let score = 0.1
  const has = (t: Entity['type']): boolean => c.entities.some((e) => e.type === t)
  if (has('number')) ((score += 0.25), reasons.push('number'))
  const named = has('person') || has('organisation') || has('place')
  if (named) ((score += 0.15), reasons.push('named entity'))
  if (c.speaker) ((score += 0.2), reasons.push('attribution'))
  else if (c.reporting) ((score += 0.1), reasons.push('unnamed source'))
  if (c.asserts) ((score += 0.15), reasons.push('assertion'))
  if (c.kind === 'quote') ((score += 0.1), reasons.push('quote'))
  if (has('date')) ((score += 0.05), reasons.push('date'))
  if (HEDGES.test(c.text)) ((score *= 0.85), reasons.push('hedged'))
  // Caps rather than subtractions, so a line stays low however many names it drops.
  if (/\?["”»’]?\s*$/.test(c.text)) ((score = Math.min(score, 0.1)), reasons.push('question'))
  if (c.headline) ((score = Math.min(score, 0.25)), reasons.push('sub-headline'))
  if (!named && !has('number') && !has('date') && !c.speaker) ((score = Math.min(score, 0.25)), reasons.push('nothing specific'))
  return { score: Math.round(Math.min(1, score) * 100) / 100, reasons }
}
