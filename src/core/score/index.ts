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
  const add = (points: number, reason: string): void => {
    score += points
    reasons.push(reason)
  }
  // Caps rather than subtractions, so a line stays low however many names it drops.
  const cap = (ceiling: number, reason: string): void => {
    score = Math.min(score, ceiling)
    reasons.push(reason)
  }
  const has = (t: Entity['type']): boolean => c.entities.some((e) => e.type === t)
  const named = has('person') || has('organisation') || has('place')
  if (has('number')) add(0.25, 'number')
  if (named) add(0.15, 'named entity')
  if (c.speaker) add(0.2, 'attribution')
  else if (c.reporting) add(0.1, 'unnamed source')
  if (c.asserts) add(0.15, 'assertion')
  if (c.kind === 'quote') add(0.1, 'quote')
  if (has('date')) add(0.05, 'date')
  if (HEDGES.test(c.text)) {
    score *= 0.85
    reasons.push('hedged')
  }
  if (/\?["”»’]?\s*$/.test(c.text)) cap(0.1, 'question')
  if (c.headline) cap(0.25, 'sub-headline')
  if (!named && !has('number') && !has('date') && !c.speaker) cap(0.25, 'nothing specific')
  return { score: Math.round(Math.min(1, score) * 100) / 100, reasons }
}
